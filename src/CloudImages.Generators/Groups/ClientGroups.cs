using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;
using CloudImages.Generators.Spec;

namespace CloudImages.Generators.Groups
{
    /// <summary>Merges the specs of one client (same namespace, same client name) into one model, so that a service
    /// documented page by page is one client and one registration. A type several specs declare is one type when they
    /// declare it alike; a job link may name a status operation of another spec.</summary>
    internal static class ClientGroups
    {
        public static ImmutableArray<SpecGroup> Merge(ImmutableArray<ApiSpec> specs)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return specs
                .Where(s => seen.Add(s.SourcePath)) // the same file listed twice
                .OrderBy(s => s.SourcePath, StringComparer.Ordinal)
                .GroupBy(s => (s.Namespace, s.ClientName))
                .Select(g => MergeGroup(g.ToList()))
                .ToImmutableArray();
        }

        private static SpecGroup MergeGroup(List<ApiSpec> parts)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var merged = parts.Count == 1 ? parts[0] : Combine(parts, diagnostics);
            return new SpecGroup(LinkPendingJobs(merged, diagnostics), diagnostics.ToEquatableArray());
        }

        private static ApiSpec Combine(List<ApiSpec> parts, List<DiagnosticInfo> diagnostics)
        {
            var first = parts[0];
            var clientTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                first.ClientName, first.JsonClassName, first.OptionsClassName, first.ExtensionsClassName,
            };
            var owners = new Dictionary<string, DeclaredType>(StringComparer.OrdinalIgnoreCase);
            var shapes = new Dictionary<string, object>(StringComparer.Ordinal);
            var members = new Dictionary<string, string>(StringComparer.Ordinal);
            var clientParameters = new Dictionary<string, ClientParameterSpec>(StringComparer.Ordinal);
            var enums = new List<EnumSpec>();
            var schemas = new List<SchemaSpec>();
            var requestSchemas = new List<RequestSchemaSpec>();
            var operations = new List<OperationSpec>();
            var declared = new List<DeclaredType>();
            var count = 0;
            foreach (var part in parts)
            {
                var partShapes = Shapes(part);
                var problem = SettingDiffering(part, first, clientParameters, out var setting)
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.ClientSpecsDiffer, ClientLocation(part), setting, FileName(first.SourcePath), first.ClientName)
                    : TypeProblem(part, partShapes, clientTypes, owners, shapes) ?? MemberProblem(part, members);
                if (problem is not null)
                {
                    diagnostics.Add(problem);
                    continue; // as with conflicting specs of different clients: this one generates nothing
                }

                count++;
                enums.AddRange(part.Enums.Where(e => !shapes.ContainsKey(e.TypeName)));
                schemas.AddRange(part.Schemas.Where(s => !shapes.ContainsKey(s.TypeName)));
                requestSchemas.AddRange(part.RequestSchemas.Where(s => !shapes.ContainsKey(s.TypeName)));
                operations.AddRange(part.Operations);
                foreach (var type in part.DeclaredTypes.Where(t => !owners.ContainsKey(t.Name)))
                {
                    owners.Add(type.Name, type);
                    declared.Add(type);
                }

                foreach (var shape in partShapes)
                {
                    shapes[shape.Key] = shape.Value;
                }

                foreach (var operation in part.Operations)
                {
                    foreach (var member in operation.ClientMembers)
                    {
                        members[member] = part.SourcePath;
                    }
                }

                foreach (var parameter in part.ClientParameters)
                {
                    clientParameters[parameter.WireName] = parameter;
                }
            }

            return first with
            {
                Title = parts.All(p => p.Title == first.Title) ? first.Title : null,
                Source = parts.All(p => p.Source == first.Source) ? first.Source : null,
                ClientDescription = parts.Select(p => p.ClientDescription).FirstOrDefault(d => d is not null),
                Enums = enums.ToEquatableArray(),
                Schemas = schemas.ToEquatableArray(),
                RequestSchemas = requestSchemas.ToEquatableArray(),
                Operations = operations.ToEquatableArray(),
                DeclaredTypes = declared.ToEquatableArray(),
                ClientParameters = clientParameters.Values.ToEquatableArray(),
                SpecCount = count,
            };
        }

        /// <summary>What every spec of a client must agree on: how it authenticates, where request ids and error codes
        /// are, and what each client parameter is.</summary>
        private static bool SettingDiffering(
            ApiSpec part, ApiSpec first, Dictionary<string, ClientParameterSpec> clientParameters, out string setting)
        {
            setting = part.TokenHeader != first.TokenHeader ? "auth.tokenHeader"
                : !part.RequestIdHeaders.Equals(first.RequestIdHeaders) ? "requestIdHeaders"
                : part.ErrorBody != first.ErrorBody ? "errorBody"
                : part.ClientParameters
                    .Where(p => clientParameters.TryGetValue(p.WireName, out var known) && known != p)
                    .Select(p => "clientParameters " + p.WireName)
                    .FirstOrDefault() ?? "";
            return setting.Length > 0;
        }

        /// <summary>A type this spec declares that another spec of the client declares otherwise (or as another kind).</summary>
        private static DiagnosticInfo? TypeProblem(
            ApiSpec part,
            Dictionary<string, object> partShapes,
            HashSet<string> clientTypes,
            Dictionary<string, DeclaredType> owners,
            Dictionary<string, object> shapes)
        {
            foreach (var type in part.DeclaredTypes.Where(t => !clientTypes.Contains(t.Name)))
            {
                if (!owners.TryGetValue(type.Name, out var owner))
                {
                    continue;
                }

                var ownerFile = FileName(owner.Location.FilePath);
                if (owner.Name != type.Name
                    || !partShapes.TryGetValue(type.Name, out var mine)
                    || !shapes.TryGetValue(type.Name, out var theirs))
                {
                    // Not a type specs can share (an operation's request, a patch), or one that differs in case only.
                    return DiagnosticInfo.Create(DiagnosticDescriptors.TypeConflict, type.Location, type.Namespace, type.Name, ownerFile);
                }

                if (!mine.Equals(theirs))
                {
                    return DiagnosticInfo.Create(DiagnosticDescriptors.SharedTypeDiffers, type.Location, type.Name, ownerFile, part.ClientName);
                }
            }

            return null;
        }

        /// <summary>A client method this spec's operations would add that another spec's operations already add.</summary>
        private static DiagnosticInfo? MemberProblem(ApiSpec part, Dictionary<string, string> members)
        {
            foreach (var operation in part.Operations)
            {
                foreach (var member in operation.ClientMembers)
                {
                    if (members.TryGetValue(member, out var owner))
                    {
                        var location = part.DeclaredTypes.FirstOrDefault(t => t.Name == operation.QueryTypeName)?.Location ?? ClientLocation(part);
                        return DiagnosticInfo.Create(
                            DiagnosticDescriptors.NameCollision,
                            location,
                            "Operation",
                            operation.Name,
                            member,
                            "is also a method that '" + FileName(owner) + "' generates");
                    }
                }
            }

            return null;
        }

        private static Dictionary<string, object> Shapes(ApiSpec spec)
        {
            var result = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var model in spec.Enums)
            {
                result[model.TypeName] = TypeShapes.Of(model);
            }

            foreach (var model in spec.Schemas)
            {
                result[model.TypeName] = TypeShapes.Of(model);
            }

            foreach (var model in spec.RequestSchemas)
            {
                result[model.TypeName] = TypeShapes.Of(model);
            }

            return result;
        }

        /// <summary>Resolves the job links whose status operation the reader did not find in the same spec.</summary>
        private static ApiSpec LinkPendingJobs(ApiSpec spec, List<DiagnosticInfo> diagnostics)
        {
            if (!spec.Operations.Any(o => o.PendingJob is not null))
            {
                return spec;
            }

            var byName = spec.Operations.GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.First());
            var operations = spec.Operations.Select(operation =>
            {
                if (operation.PendingJob is not { } link)
                {
                    return operation;
                }

                var (linked, problem) = byName.TryGetValue(link.StatusOperation, out var status)
                    ? JobLinks.Link(operation, link, status)
                    : (operation, "an operation with \"jobStatus\", in this spec or another spec of client " + spec.ClientName);
                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, link.Location, link.JsonPath, problem));
                }

                return linked with { PendingJob = null };
            });
            return spec with { Operations = operations.ToEquatableArray() };
        }

        private static LocationInfo ClientLocation(ApiSpec spec) =>
            spec.DeclaredTypes.FirstOrDefault(t => t.Name == spec.ClientName)?.Location ?? new LocationInfo(spec.SourcePath, default, default);

        private static string FileName(string path) => Path.GetFileName(path);
    }
}
