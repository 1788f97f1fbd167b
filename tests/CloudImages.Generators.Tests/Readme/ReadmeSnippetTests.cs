using System.Collections.Immutable;
using CloudImages.Generators.Tests.Infrastructure;
using CloudImages.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace CloudImages.Generators.Tests.Readme
{
    /// <summary>Every ```csharp block of README.md compiles, as a reader would paste it into a new console project
    /// (the SDK's implicit usings, nullable on) that has the IMS spec: against this assembly's generated client, the
    /// runtime, the emulator and Microsoft.Extensions.*, with a few variables that the snippets take as given.</summary>
    public sealed class ReadmeSnippetTests
    {
        /// <summary>What a `dotnet new console` project has (ImplicitUsings), and the snippets' free variables.
        /// Anything else a snippet needs, it must show itself.</summary>
        private const string Prelude = """
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Net.Http;
            global using System.Threading;
            global using System.Threading.Tasks;
            global using static ReadmePrelude;

            internal static class ReadmePrelude
            {
                public static string token => "a-token";
                public static string ak => "AK";
                public static string sk => "SK";
                public static string projectId => "a-project";
                public static CancellationToken cancellationToken => CancellationToken.None;
                public static Microsoft.Extensions.DependencyInjection.IServiceCollection services { get; } = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
                public static Microsoft.Extensions.Configuration.IConfiguration configuration { get; } = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
            }
            """;

        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

        public static TheoryData<int> CSharpBlocks()
        {
            var data = new TheoryData<int>();
            foreach (var block in ReadmeCodeBlocks.Read().Where(b => b.Language == "csharp"))
            {
                data.Add(block.FirstLine);
            }

            return data;
        }

        [Fact]
        public void The_README_has_csharp_blocks_and_only_known_languages()
        {
            var blocks = ReadmeCodeBlocks.Read();
            Assert.True(blocks.Count(b => b.Language == "csharp") >= 4, "the README lost its C# examples");
            // A C# example under another name (```cs, ```c#) would escape the compile check.
            Assert.All(blocks, b => Assert.Contains(b.Language, new[] { "", "csharp", "xml", "sh", "ini", "json" }));
        }

        [Theory]
        [MemberData(nameof(CSharpBlocks))]
        public void The_csharp_block_at_this_README_line_compiles(int line)
        {
            var block = ReadmeCodeBlocks.Read().Single(b => b.FirstLine == line);
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            // #line maps every diagnostic to its line in README.md.
            var snippet = CSharpSyntaxTree.ParseText($"#line {line} \"README.md\"\n{block.Text}", parseOptions, path: "Snippet.cs");
            var statements = snippet.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
            var compilation = CSharpCompilation.Create(
                "ReadmeSnippet",
                [snippet, CSharpSyntaxTree.ParseText(Prelude, parseOptions, path: "Prelude.cs")],
                References.Value,
                new CSharpCompilationOptions(
                    statements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable,
                    // As the SDK does: net8.0 assemblies (the runtime, Polly) bind to .NET 10's.
                    specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

            var problems = compilation.GetDiagnostics()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .Select(d => $"{d.Location.GetMappedLineSpan().Path}:{d.Location.GetMappedLineSpan().StartLinePosition.Line + 1}: {d.Severity} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
                .ToList();
            Assert.True(problems.Count == 0, $"The ```csharp block at README.md:{line} does not compile cleanly:\n{string.Join("\n", problems)}");
        }

        /// <summary>.NET 10's reference assemblies (a new console's framework), and the assemblies of this test's
        /// output folder that the snippets use.</summary>
        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            var references = ImmutableArray.CreateBuilder<MetadataReference>();
            references.AddRange(FrameworkReferences.Net100);
            references.Add(MetadataReference.CreateFromFile(typeof(CloudImages.Ims.CloudImagesClient).Assembly.Location));
            foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            {
                var fileName = Path.GetFileName(file);
                if (fileName is "CloudImages.Runtime.dll" or "CloudImages.Emulator.dll"
                    || fileName.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
                    || fileName.StartsWith("Polly.", StringComparison.Ordinal))
                {
                    references.Add(MetadataReference.CreateFromFile(file));
                }
            }

            return references.ToImmutable();
        }
    }
}
