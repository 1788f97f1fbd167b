using CloudImages.Generators.Model;
using CloudImages.Generators.Spec;
using CloudImages.Generators.Tests.Infrastructure;
using Xunit;

namespace CloudImages.Generators.Tests.Incremental
{
    /// <summary>The pipeline caches by model equality: the same spec text must give equal models, and any change a
    /// user could see in the output must give unequal ones.</summary>
    public class ModelEqualityTests
    {
        [Fact]
        public void The_same_spec_text_read_twice_gives_equal_models_with_equal_hash_codes()
        {
            var first = Read(GeneratorHarness.ImsSpec);
            var second = Read(GeneratorHarness.ImsSpec);

            Assert.NotSame(first, second);
            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
            Assert.Equal(first.Operations[0].Parameters, second.Operations[0].Parameters);
        }

        [Theory]
        [InlineData("Client for the Image Management Service (IMS) image query API.", "Client for IMS.")]
        [InlineData("\"value\": \"EulerOS\"", "\"value\": \"openEuler\"")]
        [InlineData("\"maximum\": 1024", "\"maximum\": 999")]
        [InlineData("\"type\": \"long\"", "\"type\": \"integer\"")]
        public void A_changed_spec_gives_an_unequal_model(string from, string to)
        {
            var text = GeneratorHarness.ImsSpec;
            Assert.Contains(from, text, StringComparison.Ordinal);
            var changed = text.Replace(from, to, StringComparison.Ordinal);

            Assert.NotEqual(Read(text), Read(changed));
        }

        [Fact]
        public void Reindented_text_keeps_the_schemas_and_operations_equal_apart_from_locations()
        {
            var text = GeneratorHarness.ImsSpec;
            var indented = text.Replace("\n", "\n  ", StringComparison.Ordinal);

            // Diagnostics point into the file, so locations are part of the model: moved text is a different model.
            var original = Read(text);
            var moved = Read(indented);
            Assert.Equal(original.Schemas, moved.Schemas);
            Assert.Equal(original.Enums, moved.Enums);
            Assert.Equal(original.Operations, moved.Operations);
            Assert.NotEqual(original.DeclaredTypes, moved.DeclaredTypes);
        }

        [Fact]
        public void Types_are_resolved_once_with_their_csharp_name_reader_and_kind()
        {
            var spec = Read(GeneratorHarness.ImsSpec);
            var image = spec.Schemas.Single(s => s.TypeName == "Image");
            var size = image.Fields.Single(f => f.WireName == "size").Type;
            var tags = image.Fields.Single(f => f.WireName == "tags").Type;

            Assert.Equal("long", size.Name);
            Assert.Equal("global::CloudImages.Runtime.JsonRead.TryReadInt64", size.Reader);
            Assert.Equal("global::System.Collections.Generic.IReadOnlyList<string>", tags.Name);
            Assert.Equal("TryReadStringArray", tags.Reader);
            Assert.Equal("string", tags.Items!.Name);
        }

        private static ApiSpec Read(string text)
        {
            var result = SpecReader.Read(new SpecInput("ims.cloud-api.json", text, null, null, null), CancellationToken.None);
            Assert.Empty(result.Diagnostics);
            return result.Spec!;
        }
    }
}
