using System.Text.Json.Nodes;

namespace CloudImages.Importer.Drift
{
    /// <summary>A parameter or field of a spec, reduced to what the drift check compares: where it is, its wire type,
    /// whether it is mandatory, its values, and the members of its objects.</summary>
    internal sealed record SpecMember(string Path, string WireType, bool Required, IReadOnlyList<string>? Values, IReadOnlyList<SpecMember> Members, JsonObject? Deviation);
}
