namespace CloudImages.Generators.Model
{
    /// <summary>A spec file's text and the MSBuild options that apply to it.</summary>
    internal sealed record SpecInput(string Path, string? Text, string? NamespaceOverride, string? ClientNameOverride, string? RootNamespace);

    /// <summary>What the consuming compilation offers the generated code.</summary>
    internal sealed record GeneratorFeatures(bool HasRuntime, bool HasHttpClientFactory, bool HasConfiguration, bool LanguageVersionSupported);

    internal sealed record GeneratedFile(string HintName, string Source);

    /// <summary>Everything emitted for one spec, before the files of all specs are collected.</summary>
    internal sealed record SpecOutput(string SourcePath, EquatableArray<GeneratedFile> Files, EquatableArray<DeclaredType> Types, EquatableArray<DiagnosticInfo> Diagnostics);

    internal sealed record SpecReadResult(ApiSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
}
