using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace CloudImages.Generators.Emit
{
    /// <summary>Readable, unique local variable names for generated methods (file, minDisk, @protected).</summary>
    internal sealed class LocalNames
    {
        private readonly HashSet<string> _taken;

        public LocalNames(params string[] reserved) => _taken = new HashSet<string>(reserved);

        public string For(string propertyName)
        {
            var camel = char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);
            var name = camel;
            for (var i = 2; !_taken.Add(name); i++)
            {
                name = camel + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
        }
    }
}
