using System;
using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Model
{
    /// <summary>Where a spec may use a kind.</summary>
    [Flags]
    internal enum KindUse
    {
        /// <summary>A query parameter.</summary>
        Query = 1,

        /// <summary>A path parameter, sent inside the request path.</summary>
        Path = 2,

        /// <summary>A response field.</summary>
        Field = 4,

        /// <summary>A member of a JSON request body.</summary>
        Body = 8,
    }

    /// <summary>One wire kind as the generator knows it: its name in a spec, where it may be used, its C# type, and
    /// how it is read and sent. The runtime methods named here take every kind by overload.</summary>
    /// <param name="SpecName">The spec's "type" value.</param>
    /// <param name="CSharpName">The C# type; null when the spec names it (enum, object) or it is built (array).</param>
    /// <param name="JsonReader">The JsonRead method that reads it; null when a reader is emitted per type.</param>
    /// <param name="WireTextMethod">The WireText method that writes a set value's text, and the
    /// QueryStringBuilder method is "Append" followed by the same suffix after "Of".</param>
    /// <param name="ImpliedFormat">The WireFormats format every value of the kind must match.</param>
    internal sealed record KindInfo(
        string SpecName,
        ApiParameterKind Kind,
        KindUse Use,
        string? CSharpName,
        bool IsValueType,
        string? JsonReader,
        string WireTextMethod = "Of",
        string? ImpliedFormat = null,
        string? HeaderReader = null)
    {
        public bool IsNumeric => Kind is ApiParameterKind.Integer or ApiParameterKind.Long or ApiParameterKind.Number;

        /// <summary>The QueryStringBuilder method that appends a value: Append, or AppendFlag.</summary>
        public string AppendMethod => WireTextMethod == "Of" ? "Append" : "Append" + WireTextMethod;
    }

    /// <summary>The table of kinds: a new kind is a row here, a member of ApiParameterKind, and its WireText and
    /// QueryStringBuilder overloads (or a JsonRead method).</summary>
    internal static class Kinds
    {
        private const string Runtime = "global::CloudImages.Runtime";
        private const KindUse Scalar = KindUse.Query | KindUse.Path | KindUse.Field | KindUse.Body;
        private const KindUse QueryOrField = KindUse.Query | KindUse.Field | KindUse.Body;
        private const KindUse Structured = KindUse.Field | KindUse.Body;

        public static readonly EquatableArray<KindInfo> All = new[]
        {
            new KindInfo("string", ApiParameterKind.String, Scalar, "string", false, "TryReadString", HeaderReader: "String"),
            new KindInfo("boolean", ApiParameterKind.Boolean, QueryOrField, "bool", true, "TryReadBoolean", HeaderReader: "Boolean"),
            new KindInfo("integer", ApiParameterKind.Integer, Scalar, "int", true, "TryReadInt32", HeaderReader: "Int32"),
            new KindInfo("long", ApiParameterKind.Long, Scalar, "long", true, "TryReadInt64", HeaderReader: "Int64"),
            new KindInfo("number", ApiParameterKind.Number, QueryOrField, "double", true, "TryReadDouble"),
            new KindInfo("dateTime", ApiParameterKind.DateTime, QueryOrField, "global::System.DateTimeOffset", true, "TryReadDateTimeOffset", HeaderReader: "DateTime"),
            new KindInfo("enum", ApiParameterKind.Enum, Scalar, null, true, null),
            new KindInfo("object", ApiParameterKind.Object, Structured, null, false, null, "Present"),
            new KindInfo("array", ApiParameterKind.Array, Structured, null, false, null, "Present"),
            new KindInfo("json", ApiParameterKind.Json, Structured, "global::System.Text.Json.JsonElement", true, "TryReadJson", "Present"),
            new KindInfo("flag", ApiParameterKind.Flag, KindUse.Query, "bool", true, null, "Flag"),
            new KindInfo("timeFilter", ApiParameterKind.TimeFilter, KindUse.Query, Runtime + ".TimeFilter", true, null, ImpliedFormat: WireFormats.TimeFilter),
            new KindInfo("keyValue", ApiParameterKind.KeyValue, KindUse.Query, Runtime + ".KeyValueFilter", true, null, ImpliedFormat: WireFormats.KeyValue),
        }.ToEquatableArray();

        public static KindInfo? Find(string specName)
        {
            foreach (var kind in All)
            {
                if (kind.SpecName == specName)
                {
                    return kind;
                }
            }

            return null;
        }

        /// <summary>The spec names of the kinds allowed for <paramref name="use"/>: "string, boolean or enum".</summary>
        public static string Names(KindUse use)
        {
            var names = new System.Collections.Generic.List<string>();
            foreach (var kind in All)
            {
                if ((kind.Use & use) != 0)
                {
                    names.Add(kind.SpecName);
                }
            }

            return string.Join(", ", names.GetRange(0, names.Count - 1)) + " or " + names[names.Count - 1];
        }
    }
}
