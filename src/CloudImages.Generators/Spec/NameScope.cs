using System;
using System.Collections.Generic;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Spec
{
    /// <summary>The C# names taken in one scope (a type's members, or a namespace's types), to report collisions.</summary>
    internal sealed class NameScope
    {
        private readonly SpecContext _context;
        private readonly Dictionary<string, string> _owners;
        private readonly HashSet<string> _reserved;

        public NameScope(SpecContext context, bool ignoreCase, IEnumerable<string> reserved)
        {
            _context = context;
            var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            _owners = new Dictionary<string, string>(comparer);
            _reserved = new HashSet<string>(reserved, comparer);
        }

        /// <summary>Claims <paramref name="name"/> for <paramref name="owner"/>, or reports why it cannot.</summary>
        public bool Claim(string what, string owner, string name, LocationInfo location)
        {
            if (_reserved.Contains(name))
            {
                _context.Report(DiagnosticDescriptors.NameCollision, location, what, owner, name, "is reserved for a generated member or type");
                return false;
            }

            if (_owners.TryGetValue(name, out var other))
            {
                _context.Report(DiagnosticDescriptors.NameCollision, location, what, owner, name, $"'{other}' also becomes");
                return false;
            }

            _owners.Add(name, owner);
            return true;
        }
    }
}
