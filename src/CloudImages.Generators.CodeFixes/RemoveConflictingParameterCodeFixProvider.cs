using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using CloudImages.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CloudImages.Generators.CodeFixes
{
    /// <summary>CIMG0002 (conflicts): removes either side. The diagnostic's additional locations are the assignment
    /// of the rule's parameter, then that of the other parameter.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveConflictingParameterCodeFixProvider))]
    [Shared]
    public sealed class RemoveConflictingParameterCodeFixProvider : EditorCodeFixProvider
    {
        private const string RemoveParameter = nameof(RemoveConflictingParameterCodeFixProvider) + "." + nameof(RemoveParameter);
        private const string RemoveOther = nameof(RemoveConflictingParameterCodeFixProvider) + "." + nameof(RemoveOther);

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ConflictingParameters.Id);

        private protected override IEnumerable<FixAction> Actions(Diagnostic diagnostic)
        {
            if (diagnostic.AdditionalLocations.Count == 2
                && diagnostic.Properties.TryGetValue(FixProperties.Parameter, out var parameter)
                && diagnostic.Properties.TryGetValue(FixProperties.Other, out var other))
            {
                yield return new FixAction($"Remove {parameter}", RemoveParameter);
                yield return new FixAction($"Remove {other}", RemoveOther);
            }
        }

        private protected override void Edit(EditSession session, Diagnostic diagnostic, string key)
        {
            if (diagnostic.AdditionalLocations.Count == 2)
            {
                session.RemoveAssignment(diagnostic.AdditionalLocations[key == RemoveParameter ? 0 : 1]);
            }
        }
    }
}
