using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace CloudImages.Generators.CodeFixes
{
    /// <summary>Finding, adding and removing property assignments, in object and with initializers or as statements,
    /// keeping the layout the code already has (one line, or one assignment per line).</summary>
    internal static class AssignmentSyntax
    {
        /// <summary>The assignment a diagnostic location points at.</summary>
        public static AssignmentExpressionSyntax? At(SyntaxNode root, Location location) =>
            location.IsInSource && location.SourceSpan.End <= root.FullSpan.End
                ? root.FindNode(location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AssignmentExpressionSyntax>()
                : null;

        /// <summary>The name assigned: <c>Visibility</c> in both <c>Visibility = x</c> and <c>query.Visibility = x</c>.</summary>
        public static string? NameOf(AssignmentExpressionSyntax assignment) => assignment.Left switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>Adds <c>name = value</c> right after the assignment of <paramref name="after"/> (at the end when
        /// there is none), unless the initializer already assigns the name. Right after, not at the end: then fixes of
        /// different IDs, which <c>dotnet format</c> applies in passes of its own in any order, give one result.</summary>
        public static InitializerExpressionSyntax Add(InitializerExpressionSyntax initializer, string? after, string name, ExpressionSyntax value)
        {
            var expressions = initializer.Expressions;
            if (expressions.OfType<AssignmentExpressionSyntax>().Any(a => NameOf(a) == name))
            {
                return initializer;
            }

            var added = (ExpressionSyntax)SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(name), value);
            if (expressions.Count == 0)
            {
                return initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList(added.WithAdditionalAnnotations(Formatter.Annotation)));
            }

            var index = IndexOf(expressions, after);
            if (index >= 0 && index < expressions.Count - 1)
            {
                // Between two elements: the new one takes the next one's place in the layout, and a copy of the comma.
                var separator = expressions.GetSeparator(index);
                var inserted = expressions.GetWithSeparators();
                var at = inserted.IndexOf(separator) + 1;
                inserted = inserted.Insert(at, added.WithLeadingTrivia(expressions[index + 1].GetLeadingTrivia())).Insert(at + 1, separator);
                return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(inserted));
            }

            var last = expressions[expressions.Count - 1];
            var multiline = last.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia)
                || (expressions.SeparatorCount == expressions.Count && expressions.GetSeparator(expressions.Count - 1).TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia));
            var nodes = expressions.GetWithSeparators();
            if (expressions.SeparatorCount == expressions.Count)
            {
                // A trailing comma: the new line copies the last one's layout, comma included.
                var separator = expressions.GetSeparator(expressions.Count - 1);
                nodes = nodes.Add(added.WithLeadingTrivia(last.GetLeadingTrivia())).Add(separator);
            }
            else
            {
                var trailing = last.GetTrailingTrivia();
                var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiline ? trailing : SyntaxFactory.TriviaList(SyntaxFactory.Space));
                nodes = nodes
                    .Replace(last, last.WithoutTrailingTrivia())
                    .Add(comma)
                    .Add(added.WithLeadingTrivia(multiline ? last.GetLeadingTrivia() : default).WithTrailingTrivia(trailing));
            }

            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodes));
        }

        /// <summary>Removes the assignment of the name, with its comma, keeping the layout around it.</summary>
        public static InitializerExpressionSyntax Remove(InitializerExpressionSyntax initializer, string name)
        {
            var expressions = initializer.Expressions;
            var index = IndexOf(expressions, name);
            if (index < 0)
            {
                return initializer;
            }

            var nodes = expressions.GetWithSeparators();
            var at = nodes.IndexOf(expressions[index]);
            if (index < expressions.SeparatorCount)
            {
                // Remove the element and the comma after it.
                nodes = nodes.RemoveAt(at + 1).RemoveAt(at);
            }
            else
            {
                // The last element without a comma: remove the comma before it, and keep its trailing layout.
                var removed = nodes[at];
                nodes = nodes.RemoveAt(at);
                if (at > 0)
                {
                    nodes = nodes.RemoveAt(at - 1);
                    var previous = nodes[at - 2];
                    nodes = nodes.Replace(previous, previous.WithTrailingTrivia(removed.GetTrailingTrivia()));
                }
            }

            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodes));
        }

        /// <summary>The index of the assignment of the name, or -1.</summary>
        private static int IndexOf(SeparatedSyntaxList<ExpressionSyntax> expressions, string? name)
        {
            for (var i = 0; i < expressions.Count; i++)
            {
                if (name is not null && expressions[i] is AssignmentExpressionSyntax assignment && NameOf(assignment) == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
