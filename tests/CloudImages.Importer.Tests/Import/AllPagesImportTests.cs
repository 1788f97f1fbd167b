using CloudImages.Importer.Tests.Infrastructure;
using Xunit;

namespace CloudImages.Importer.Tests.Import
{
    /// <summary>Every page of the reference with a URI section imports, and the generator accepts the draft.</summary>
    public sealed class AllPagesImportTests
    {
        public static TheoryData<string> Pages() => new(Paths.ApiPages());

        [Fact]
        public void The_reference_has_44_API_pages()
        {
            Assert.Equal(44, Paths.ApiPages().Count());
        }

        [Theory]
        [MemberData(nameof(Pages))]
        public void The_page_imports_and_the_generator_accepts_the_draft(string page)
        {
            using var draft = new Draft(Paths.Page(page));
            Assert.NotNull(draft.Operation["response"]);
            var problems = GeneratorCheck.Problems(draft.SpecPath, File.ReadAllText(draft.SpecPath));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }
}
