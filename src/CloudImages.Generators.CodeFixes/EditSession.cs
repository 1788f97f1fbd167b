using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace CloudImages.Generators.CodeFixes
{
    /// <summary>The edits of one fix or one Fix All pass over a document.</summary>
    internal sealed class EditSession
    {
        private readonly HashSet<SyntaxNode> _removed = new();
        private readonly HashSet<(SyntaxNode, string)> _inserted = new();

        public EditSession(SyntaxEditor editor) => Editor = editor;

        public SyntaxEditor Editor { get; }

        public SyntaxNode Root => Editor.OriginalRoot;

        /// <summary>Removes a node once, however many diagnostics ask for it.</summary>
        public void Remove(SyntaxNode node)
        {
            if (_removed.Add(node))
            {
                Editor.RemoveNode(node);
            }
        }

        /// <summary>Removes the property assignment at a location: from its initializer, with its comma, or its
        /// statement.</summary>
        public void RemoveAssignment(Location location)
        {
            if (AssignmentSyntax.At(Root, location) is not { } assignment || AssignmentSyntax.NameOf(assignment) is not { } name)
            {
                return;
            }

            switch (assignment.Parent)
            {
                case InitializerExpressionSyntax initializer:
                    Editor.ReplaceNode(initializer, (current, _) => AssignmentSyntax.Remove((InitializerExpressionSyntax)current, name));
                    break;
                case ExpressionStatementSyntax statement:
                    Remove(statement);
                    break;
            }
        }

        /// <summary>Inserts after a node once per key, however many diagnostics ask for it.</summary>
        public void InsertAfter(SyntaxNode node, string key, SyntaxNode inserted)
        {
            if (_inserted.Add((node, key)))
            {
                Editor.InsertAfter(node, inserted);
            }
        }
    }
}
