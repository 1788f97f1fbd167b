using System;
using System.Collections.Generic;
using System.Globalization;
using CloudImages.Generators.Diagnostics;

namespace CloudImages.Generators.Spec
{
    /// <summary>Reads the members of one spec object, reporting missing, mistyped, duplicate and unknown members
    /// with their JSON path (such as operations[0].parameters[3].type).</summary>
    internal sealed class ObjectReader
    {
        private readonly SpecContext _context;
        private readonly Dictionary<string, JsonMember> _members = new(StringComparer.Ordinal);

        private ObjectReader(SpecContext context, JsonObjectNode node, string path, string description, string[] known)
        {
            _context = context;
            Node = node;
            JsonPath = path;
            Description = description;
            foreach (var member in node.Members)
            {
                if (_members.ContainsKey(member.Name))
                {
                    context.Report(DiagnosticDescriptors.DuplicateName, context.LocateName(member), "Member", Join(member.Name));
                    continue;
                }

                _members.Add(member.Name, member);
                if (System.Array.IndexOf(known, member.Name) < 0)
                {
                    context.Report(DiagnosticDescriptors.UnknownMember, context.LocateName(member), member.Name, description);
                }
            }
        }

        public JsonObjectNode Node { get; }

        public string JsonPath { get; }

        public string Description { get; }

        /// <summary>Reads <paramref name="node"/> as an object, or reports that it must be one.</summary>
        public static ObjectReader? Create(SpecContext context, JsonNode node, string path, string description, params string[] known)
        {
            if (node is JsonObjectNode obj)
            {
                return new ObjectReader(context, obj, path, description, known);
            }

            context.Report(DiagnosticDescriptors.InvalidValue, context.Locate(node), path.Length == 0 ? "The spec" : path, "an object");
            return null;
        }

        public string Join(string member) => JsonPath.Length == 0 ? member : JsonPath + "." + member;

        public JsonMember? Find(string name) => _members.TryGetValue(name, out var member) ? member : null;

        public JsonNode? Required(string name)
        {
            var member = Find(name);
            if (member is null)
            {
                _context.Report(DiagnosticDescriptors.MissingMember, _context.Locate(Node), Description, name);
            }

            return member?.Value;
        }

        public JsonStringNode? String(string name, bool required = false, bool allowEmpty = false)
        {
            var node = required ? Required(name) : Find(name)?.Value;
            if (node is null)
            {
                return null;
            }

            if (node is JsonStringNode text && (allowEmpty || text.Value.Length > 0))
            {
                return text;
            }

            Invalid(name, node, allowEmpty ? "a string" : "a non-empty string");
            return null;
        }

        public bool? Boolean(string name)
        {
            var node = Find(name)?.Value;
            switch (node?.Kind)
            {
                case null:
                    return null;
                case JsonKind.True:
                    return true;
                case JsonKind.False:
                    return false;
                default:
                    Invalid(name, node, "true or false");
                    return null;
            }
        }

        public double? Number(string name)
        {
            var node = Find(name)?.Value;
            if (node is null)
            {
                return null;
            }

            if (node is JsonNumberNode number
                && double.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && !double.IsInfinity(value)
                && !double.IsNaN(value))
            {
                return value;
            }

            Invalid(name, node, "a finite number");
            return null;
        }

        public int? Integer(string name, int minimum, int maximum, bool required = false)
        {
            var node = required ? Required(name) : Find(name)?.Value;
            if (node is null)
            {
                return null;
            }

            if (node is JsonNumberNode number
                && int.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                && value >= minimum
                && value <= maximum)
            {
                return value;
            }

            Invalid(name, node, $"a whole number from {minimum} to {maximum}");
            return null;
        }

        public JsonArrayNode? Array(string name, bool required = false)
        {
            var node = required ? Required(name) : Find(name)?.Value;
            if (node is null)
            {
                return null;
            }

            if (node is JsonArrayNode array)
            {
                return array;
            }

            Invalid(name, node, "an array");
            return null;
        }

        public ObjectReader? Object(string name, string description, bool required, params string[] known)
        {
            var node = required ? Required(name) : Find(name)?.Value;
            return node is null ? null : Create(_context, node, Join(name), description, known);
        }

        public void Invalid(string name, JsonNode node, string expectation) =>
            _context.Report(DiagnosticDescriptors.InvalidValue, _context.Locate(node), Join(name), expectation);
    }
}
