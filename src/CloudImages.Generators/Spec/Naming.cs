using System.Text;
using CloudImages.Generators.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CloudImages.Generators.Spec
{
    /// <summary>Turns wire names into C# names: __os_bit -> OsBit, "Oracle Linux" -> OracleLinux, 32 -> _32.</summary>
    internal static class Naming
    {
        /// <summary>Longer names are rejected when given, and shortened (with a hash) when derived.</summary>
        public const int MaxLength = 128;

        /// <summary>The C# name derived from a wire name, or null when it holds no letter or digit.</summary>
        public static string? Derive(string wire)
        {
            var builder = new StringBuilder(wire.Length);
            var startOfWord = true;
            foreach (var c in wire)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    startOfWord = true;
                    continue;
                }

                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }

            if (builder.Length == 0)
            {
                return null;
            }

            if (char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            var name = builder.ToString();
            if (name.Length > MaxLength)
            {
                name = name.Substring(0, MaxLength - 9) + "_" + StableHash.Hex8(wire);
            }

            return IsValid(name) ? name : null;
        }

        /// <summary>Why <paramref name="name"/> cannot be a C# identifier, or null when it can.</summary>
        public static string? Problem(string name)
        {
            if (name.Length > MaxLength)
            {
                return $"it is longer than {MaxLength} characters";
            }

            if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
            {
                return "it is a C# keyword";
            }

            return SyntaxFacts.IsValidIdentifier(name) ? null : "it is not a valid identifier";
        }

        public static bool IsValid(string name) => Problem(name) is null;

        /// <summary>Why <paramref name="dotted"/> cannot be a namespace, or null when it can.</summary>
        public static string? NamespaceProblem(string dotted)
        {
            foreach (var part in dotted.Split('.'))
            {
                if (Problem(part) is { } problem)
                {
                    return $"its part '{part}' cannot be used: {problem}";
                }
            }

            return null;
        }
    }
}
