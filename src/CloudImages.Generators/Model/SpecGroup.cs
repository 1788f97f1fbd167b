namespace CloudImages.Generators.Model
{
    /// <summary>The specs of one client (same namespace and client name) merged into one model, with what the merge
    /// found wrong.</summary>
    internal sealed record SpecGroup(ApiSpec Spec, EquatableArray<DiagnosticInfo> Diagnostics);
}
