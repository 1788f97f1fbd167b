using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace CloudImages.Generators.CodeFixes
{
    /// <summary>A code fix whose work for one diagnostic is an edit on a shared <see cref="SyntaxEditor"/>. Fix All then
    /// applies the edits of all diagnostics of a document to one editor, so that fixes in the same initializer compose.</summary>
    public abstract class EditorCodeFixProvider : CodeFixProvider
    {
        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            var editor = await DocumentEditor.CreateAsync(document, context.CancellationToken).ConfigureAwait(false);
            var session = new EditSession(editor);

            // In source order, so that two additions to one initializer or after one statement always come out alike.
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id).ThenBy(d => d.GetMessage()))
            {
                if (ActionKey(diagnostic, context.CodeActionEquivalenceKey) is { } key)
                {
                    Edit(session, diagnostic, key);
                }
            }

            return editor.GetChangedDocument();
        });

        /// <inheritdoc />
        public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var action in Actions(diagnostic))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(action.Title, ct => ApplyAsync(context.Document, diagnostic, action.Key, ct), action.Key),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        /// <summary>The actions a diagnostic offers; none when it lacks what the fix needs.</summary>
        private protected abstract IEnumerable<FixAction> Actions(Diagnostic diagnostic);

        /// <summary>Records the edit of the action with this equivalence key.</summary>
        private protected abstract void Edit(EditSession session, Diagnostic diagnostic, string key);

        /// <summary>The action Fix All applies to a diagnostic: the one asked for, or else the diagnostic's first. Fix All is
        /// also asked with no key, or with the key of a diagnostic of another ID: <c>dotnet format</c> takes the key from
        /// the first diagnostic its analysis returns, whatever its ID, and an empty Fix All would drop fixes silently.</summary>
        private string? ActionKey(Diagnostic diagnostic, string? requested)
        {
            string? first = null;
            foreach (var action in Actions(diagnostic))
            {
                if (action.Key == requested)
                {
                    return requested;
                }

                first ??= action.Key;
            }

            return first;
        }

        private async Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, string key, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            Edit(new EditSession(editor), diagnostic, key);
            return editor.GetChangedDocument();
        }
    }
}
