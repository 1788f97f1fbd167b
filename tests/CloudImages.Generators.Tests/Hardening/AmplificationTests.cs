using System.Text;
using System.Text.Json;
using CloudImages.Ims;
using CloudImages.Runtime;
using Xunit;

namespace CloudImages.Generators.Tests.Hardening
{
    /// <summary>A body cannot make the reader allocate far more than it holds: empty objects cost a whole DTO each,
    /// so a document's objects are bounded by <see cref="ObjectBudget"/>.</summary>
    public sealed class AmplificationTests
    {
        [Fact]
        public void Two_million_empty_images_are_refused_within_the_budget()
        {
            var body = Encoding.UTF8.GetBytes("{\"images\":[" + string.Join(",", Enumerable.Repeat("{}", 2_000_000)) + "]}");
            var before = GC.GetAllocatedBytesForCurrentThread();

            var error = Assert.Throws<JsonException>(() => CloudImagesJson.ParseListImagesResponse(body));

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Contains("16 times its size", error.Message, StringComparison.Ordinal);
            // The objects' budget, plus the list that held them and the exception.
            Assert.True(
                allocated < ObjectBudget.Allowance + ((long)body.Length * (ObjectBudget.BytesPerInputByte + 4)),
                $"{allocated:N0} bytes allocated for a {body.Length:N0}-byte body");
        }

        [Fact]
        public void Real_pages_stay_far_inside_it()
        {
            var page = new StringBuilder("{\"images\":[");
            for (var i = 0; i < 500; i++)
            {
                page.Append(i == 0 ? "" : ",").Append($$"""{"id":"{{Guid.NewGuid()}}","name":"n{{i}}","size":2048,"tags":[],"__os_bit":"64"}""");
            }

            var response = CloudImagesJson.ParseListImagesResponse(Encoding.UTF8.GetBytes(page.Append("]}").ToString()));

            Assert.Equal(500, response.Images!.Count);
        }

        [Fact]
        public void A_reader_called_on_its_own_counts_nothing_and_the_budget_ends_with_its_document()
        {
            Assert.Throws<JsonException>(() => CloudImagesJson.ParseListImagesResponse(
                Encoding.UTF8.GetBytes("{\"images\":[" + string.Join(",", Enumerable.Repeat("{}", 100_000)) + "]}")));

            // The refused document's budget is gone: charges outside a document are not counted.
            for (var i = 0; i < 100_000; i++)
            {
                ObjectBudget.ChargeObject(60);
            }

            Assert.Equal(3, CloudImagesJson.ParseListImagesResponse("""{"images":[{},{},{}]}"""u8).Images!.Count);
        }
    }
}
