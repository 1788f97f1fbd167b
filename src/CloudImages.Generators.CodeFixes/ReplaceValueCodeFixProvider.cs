using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using CloudImages.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CloudImages.Generators.CodeFixes
{
    /// <summary>Writes the value the analyzer proposes: CIMG0004 the documented value a typo is closest to
    /// (<c>Platform.Ubuntu</c> for "Ubunt"), CIMG0003 the nearest value within range.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceValueCodeFixProvider))]
    [Shared]
    public sealed class ReplaceValueCodeFixProvider : EditorCodeFixProvider
    {
        private const string Key = nameof(ReplaceValueCodeFixProvider);

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.ValueOutOfRange.Id,
            DiagnosticDescriptors.UndocumentedEnumValue.Id);

        private protected override IEnumerable<FixAction> Actions(Diagnostic diagnostic)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.Value, out var value) && value is not null)
            {
                yield return new FixAction(
                    diagnostic.Id == DiagnosticDescriptors.ValueOutOfRange.Id ? $"Use {value}, the nearest value in range" : $"Use {value}",
                    Key + "." + diagnostic.Id);
            }
        }

        private protected override void Edit(EditSession session, Diagnostic diagnostic, string key)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.Value, out var text) || text is null)
            {
                return;
            }

            // On an assignment, the value is its right side; elsewhere (an argument, a comparison) the location is the value.
            var node = session.Root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var value = node is AssignmentExpressionSyntax assignment ? assignment.Right : node as ExpressionSyntax;
            if (value is not null)
            {
                session.Editor.ReplaceNode(value, SyntaxFactory.ParseExpression(text).WithTriviaFrom(value));
            }
        }
    }
}
