using System.Text;
using CloudImages.Ims;
using Xunit;

namespace CloudImages.Generators.Tests.Client
{
    /// <summary>The documentation renamed "RedHat" to "Red Hat": the client sends the new text and reads both, so an
    /// older server's answers still read as the documented value.</summary>
    public class EnumAliasTests
    {
        [Theory]
        [InlineData("Red Hat")]
        [InlineData("RedHat")]
        [InlineData("Red\\u0048at")] // escaped, so read through the slow path
        [InlineData("Red\\u0020Hat")]
        public void Both_spellings_read_as_the_documented_value(string wire)
        {
            var json = "{\"images\":[{\"__platform\":\"" + wire + "\"}]}";

            var image = Assert.Single(CloudImagesJson.ParseListImagesResponse(Encoding.UTF8.GetBytes(json)).Images!);

            Assert.Equal(Platform.RedHat, image.Platform);
            Assert.True(image.Platform!.Value.IsKnown);
            Assert.Null(image.AdditionalProperties);
        }

        [Fact]
        public void The_documented_value_is_what_is_sent()
        {
            var uri = new ListImagesQuery { Platform = Platform.RedHat }.BuildRequestUri();

            Assert.EndsWith("__platform=Red%20Hat", uri, StringComparison.Ordinal);
        }

        [Fact]
        public void Another_value_stays_as_it_came()
        {
            var image = Assert.Single(CloudImagesJson.ParseListImagesResponse("{\"images\":[{\"__platform\":\"Redhat\"}]}"u8.ToArray()).Images!);

            Assert.Equal("Redhat", image.Platform!.Value.Value);
            Assert.False(image.Platform.Value.IsKnown);
        }
    }
}
