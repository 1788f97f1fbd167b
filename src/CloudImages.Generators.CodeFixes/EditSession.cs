using System.Collections.Generic;
using Microsoft.CodeAnalysis;
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
