using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace CloudImages.Generators.CodeFixes
{
    /// <summary>CIMG0001 and CIMG0006 (requires, recommends): sets the other parameter to the value the rule names,
    /// such as <c>Visibility = Visibility.Shared</c>. A wrong value is replaced; a missing assignment is added right after the
    /// assignment the diagnostic sits on, in its initializer or as a statement.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetRequiredParameterCodeFixProvider))]
    [Shared]
    public sealed class SetRequiredParameterCodeFixProvider : EditorCodeFixProvider
    {
        private const string Key = nameof(SetRequiredParameterCodeFixProvider);

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.RequiredParameterMissing.Id,
            DiagnosticDescriptors.Advice.Id);

        private protected override IEnumerable<FixAction> Actions(Diagnostic diagnostic)
        {
            if (Target(diagnostic) is var (property, value))
            {
                yield return new FixAction($"Set {property} = {value}", Key);
            }
        }

        private protected override void Edit(EditSession session, Diagnostic diagnostic, string key)
        {
            if (Target(diagnostic) is not var (property, text) || AssignmentSyntax.At(session.Root, diagnostic.Location) is not { } anchor)
            {
                return;
            }

            var value = SyntaxFactory.ParseExpression(text);
            if (diagnostic.AdditionalLocations.FirstOrDefault() is { } wrongAt && AssignmentSyntax.At(session.Root, wrongAt) is { } wrong)
            {
                session.Editor.ReplaceNode(wrong.Right, value.WithTriviaFrom(wrong.Right));
            }
            else if (anchor.Parent is InitializerExpressionSyntax initializer)
            {
                session.Editor.ReplaceNode(initializer, (current, _) => AssignmentSyntax.Add((InitializerExpressionSyntax)current, AssignmentSyntax.NameOf(anchor), property, value));
            }
            else if (anchor is { Parent: ExpressionStatementSyntax statement, Left: MemberAccessExpressionSyntax access })
            {
                var added = SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    access.WithName(SyntaxFactory.IdentifierName(property)).WithoutTrivia(),
                    value));
                session.InsertAfter(statement, property, added.WithAdditionalAnnotations(Formatter.Annotation));
            }
        }

        private static (string Property, string Value)? Target(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(FixProperties.Property, out var property) && property is not null
            && diagnostic.Properties.TryGetValue(FixProperties.Value, out var value) && value is not null
                ? (property, value)
                : null;
    }
}
