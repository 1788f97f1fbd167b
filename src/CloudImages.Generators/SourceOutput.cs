using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CloudImages.Generators
{
    /// <summary>Adds the emitted files of all specs, refusing a spec whose types another spec already generates.</summary>
    internal static class SourceOutput
    {
        public static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        public static void Add(SourceProductionContext context, ImmutableArray<SpecOutput> outputs)
        {
            var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var output in outputs)
            {
                Report(context, output.Diagnostics);
                if (Conflict(output, owners) is { } conflict)
                {
                    context.ReportDiagnostic(DiagnosticInfo.Create(
                        DiagnosticDescriptors.TypeConflict,
                        conflict.Type.Location,
                        conflict.Type.Namespace,
                        conflict.Type.Name,
                        System.IO.Path.GetFileName(conflict.Owner)).ToDiagnostic());
                    continue;
                }

                foreach (var type in output.Types)
                {
                    owners[type.Namespace + "." + type.Name] = output.SourcePath;
                }

                foreach (var file in output.Files)
                {
                    var hintName = file.HintName;
                    for (var i = 2; !hintNames.Add(hintName); i++)
                    {
                        hintName = file.HintName.Substring(0, file.HintName.Length - ".g.cs".Length) + "_" + i + ".g.cs";
                    }

                    context.AddSource(hintName, SourceText.From(file.Source, Encoding.UTF8));
                }
            }
        }

        private static (DeclaredType Type, string Owner)? Conflict(SpecOutput output, Dictionary<string, string> owners)
        {
            foreach (var type in output.Types)
            {
                if (owners.TryGetValue(type.Namespace + "." + type.Name, out var owner))
                {
                    return (type, owner);
                }
            }

            return null;
        }
    }
}
