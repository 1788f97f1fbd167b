using System.Collections.Generic;

namespace CloudImages.Generators.Spec
{
    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>A parsed JSON value with its place in the spec text, so every diagnostic can point at it.</summary>
    internal abstract class JsonNode
    {
        protected JsonNode(JsonKind kind, int start, int end)
        {
            Kind = kind;
            Start = start;
            End = end;
        }

        public JsonKind Kind { get; }

        public int Start { get; }

        public int End { get; }

        public string Describe() => Kind switch
        {
            JsonKind.Object => "an object",
            JsonKind.Array => "an array",
            JsonKind.String => "a string",
            JsonKind.Number => "a number",
            JsonKind.Null => "null",
            _ => "a boolean",
        };
    }

    internal sealed class JsonObjectNode : JsonNode
    {
        public JsonObjectNode(int start, int end, List<JsonMember> members)
            : base(JsonKind.Object, start, end) => Members = members;

        public List<JsonMember> Members { get; }
    }

    internal sealed class JsonMember
    {
        public JsonMember(string name, int nameStart, int nameEnd, JsonNode value)
        {
            Name = name;
            NameStart = nameStart;
            NameEnd = nameEnd;
            Value = value;
        }

        public string Name { get; }

        public int NameStart { get; }

        public int NameEnd { get; }

        public JsonNode Value { get; }
    }

    internal sealed class JsonArrayNode : JsonNode
    {
        public JsonArrayNode(int start, int end, List<JsonNode> items)
            : base(JsonKind.Array, start, end) => Items = items;

        public List<JsonNode> Items { get; }
    }

    internal sealed class JsonStringNode : JsonNode
    {
        public JsonStringNode(int start, int end, string value)
            : base(JsonKind.String, start, end) => Value = value;

        public string Value { get; }
    }

    internal sealed class JsonNumberNode : JsonNode
    {
        public JsonNumberNode(int start, int end, string text)
            : base(JsonKind.Number, start, end) => Text = text;

        /// <summary>The number exactly as written.</summary>
        public string Text { get; }
    }

    internal sealed class JsonLiteralNode : JsonNode
    {
        public JsonLiteralNode(JsonKind kind, int start, int end)
            : base(kind, start, end)
        {
        }
    }
}
