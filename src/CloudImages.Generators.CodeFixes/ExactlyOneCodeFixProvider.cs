using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using CloudImages.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace CloudImages.Generators.CodeFixes
{
    /// <summary>CIMG0007 (exactlyOne). None set: sets one member of the group, one action per member, to a placeholder
    /// of its type (<c>Name = ""</c>) for the user to replace; the assignment is added to the initializer of the object
    /// creation or with expression the diagnostic sits on, which gets one if it has none. One set too many: removes
    /// that assignment (the one additional location). One provider for both, since <c>dotnet format</c> applies the
    /// fixers of one ID one after the other to diagnostics it found before the first. An exactlyOne rule of severity
    /// info (CIMG0006) has no fix.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExactlyOneCodeFixProvider))]
    [Shared]
    public sealed class ExactlyOneCodeFixProvider : EditorCodeFixProvider
    {
        private const string SetKey = nameof(ExactlyOneCodeFixProvider) + ".Set.";
        private const string RemoveKey = nameof(ExactlyOneCodeFixProvider) + ".Remove";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ExactlyOneParameter.Id);

        private protected override IEnumerable<FixAction> Actions(Diagnostic diagnostic)
        {
            if (diagnostic.AdditionalLocations.Count == 1 && diagnostic.Properties.TryGetValue(FixProperties.Remove, out var removed))
            {
                yield return new FixAction($"Remove {removed}", RemoveKey);
            }

            foreach (var (property, value) in Choices(diagnostic))
            {
                yield return new FixAction($"Set {property} = {value}", SetKey + property);
            }
        }

        private protected override void Edit(EditSession session, Diagnostic diagnostic, string key)
        {
            if (key == RemoveKey)
            {
                if (diagnostic.AdditionalLocations.Count == 1)
                {
                    session.RemoveAssignment(diagnostic.AdditionalLocations[0]);
                }

                return;
            }

            var node = session.Root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            foreach (var (property, text) in Choices(diagnostic))
            {
                if (SetKey + property != key)
                {
                    continue;
                }

                var value = SyntaxFactory.ParseExpression(text);
                switch (node)
                {
                    case WithExpressionSyntax with:
                        session.Editor.ReplaceNode(with.Initializer, (current, _) => Set((InitializerExpressionSyntax)current, property, value));
                        break;
                    case BaseObjectCreationExpressionSyntax creation:
                        session.Editor.ReplaceNode(creation, (current, _) => Set((BaseObjectCreationExpressionSyntax)current, property, value));
                        break;
                }
            }
        }

        private static SyntaxNode Set(BaseObjectCreationExpressionSyntax creation, string property, ExpressionSyntax value)
        {
            if (creation.Initializer is { } initializer)
            {
                return creation.WithInitializer(Set(initializer, property, value));
            }

            var added = SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(
                    SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(property), value)));

            // The initializer goes where the creation ends; what followed it (a comment, the line end) follows it still.
            return creation.WithoutTrailingTrivia().WithInitializer(added.WithAdditionalAnnotations(Formatter.Annotation)).WithTrailingTrivia(creation.GetTrailingTrivia());
        }

        /// <summary>Adds the assignment at the end, or gives a value to the one that clears the property.</summary>
        private static InitializerExpressionSyntax Set(InitializerExpressionSyntax initializer, string property, ExpressionSyntax value)
        {
            foreach (var expression in initializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax assignment && AssignmentSyntax.NameOf(assignment) == property)
                {
                    return initializer.ReplaceNode(assignment.Right, value.WithTriviaFrom(assignment.Right));
                }
            }

            return AssignmentSyntax.Add(initializer, null, property, value);
        }

        /// <summary>The properties the analyzer offers to set, with their placeholders, in the order of the group.</summary>
        private static IEnumerable<(string Property, string Value)> Choices(Diagnostic diagnostic)
        {
            for (var i = 0; ; i++)
            {
                if (!diagnostic.Properties.TryGetValue(FixProperties.Choice(FixProperties.Property, i), out var property) || property is null
                    || !diagnostic.Properties.TryGetValue(FixProperties.Choice(FixProperties.Value, i), out var value) || value is null)
                {
                    yield break;
                }

                yield return (property, value);
            }
        }
    }
}
