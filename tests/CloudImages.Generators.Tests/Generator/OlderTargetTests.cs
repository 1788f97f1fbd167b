using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CloudImages.Generators.Tests.Generator;

/// <summary>A project that targets a framework older than .NET 8 references the whole package and still gets no
/// CloudImages.Runtime: NuGet has no lib for it. CIMG1015 says so, rather than blaming the reference.</summary>
public class OlderTargetTests
{
    // The reference assemblies are restored with the build (see the project file), so nothing is downloaded here.
    public static TheoryData<string, string> OlderTargets => new()
    {
        { "netstandard2.0", "netstandard 2.0.0.0" },
        { "net472", "mscorlib 4.0.0.0" },
        { "net6.0", "System.Runtime 6.0.0.0" },
    };

    [Theory]
    [MemberData(nameof(OlderTargets))]
    public void An_older_target_is_told_that_the_runtime_needs_net8(string targetFramework, string coreLibrary)
    {
        var options = new TestOptionsProvider(global: new Dictionary<string, string> { ["build_property.TargetFramework"] = targetFramework });

        var run = GeneratorHarness.Run(Library(targetFramework), options, new InMemoryAdditionalText("ims.cloud-api.json", GeneratorHarness.ImsSpec));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CIMG1015", diagnostic.Id);
        Assert.Equal("ims.cloud-api.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(
            "CloudImages.Runtime, which the client generated from this spec needs, supports .NET 8 and later; "
            + $"this project targets {targetFramework} (core library '{coreLibrary}'). Target net8.0 or later; to keep older "
            + "targets too, multi-target and leave the spec out of the older ones (CloudApiAutoIncludeSpecs=false for them)",
            diagnostic.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Without_the_TargetFramework_property_the_core_library_alone_names_the_target()
    {
        var run = GeneratorHarness.Run(Library("netstandard2.0"), null, new InMemoryAdditionalText("ims.cloud-api.json", GeneratorHarness.ImsSpec));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CIMG1015", diagnostic.Id);
        Assert.Contains("supports .NET 8 and later; this project compiles against core library 'netstandard 2.0.0.0'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("analyzer alone", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_net8_project_without_the_runtime_is_still_told_to_reference_the_package()
    {
        var compilation = GeneratorHarness.Compilation().RemoveReferences(GeneratorHarness.RuntimeReference);
        var options = new TestOptionsProvider(global: new Dictionary<string, string> { ["build_property.TargetFramework"] = "net8.0" });

        var run = GeneratorHarness.Run(compilation, options, new InMemoryAdditionalText("ims.cloud-api.json", GeneratorHarness.ImsSpec));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CIMG1015", diagnostic.Id);
        Assert.Equal(
            "The client generated from this spec needs CloudImages.Runtime; reference the CloudImages.Generators package rather than the analyzer alone",
            diagnostic.GetMessage());
    }

    /// <summary>A library of that target that references the package: the analyzer, and no runtime.</summary>
    private static CSharpCompilation Library(string targetFramework) =>
        CSharpCompilation.Create(
            "Library",
            [CSharpSyntaxTree.ParseText("namespace Library { internal static class Placeholder { } }", GeneratorHarness.ParseOptions)],
            FrameworkReferences.Older(targetFramework switch
            {
                "netstandard2.0" => "NetStandard20",
                "net472" => "Net472",
                "net6.0" => "Net60",
                _ => throw new ArgumentOutOfRangeException(nameof(targetFramework), targetFramework, null),
            }),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}
