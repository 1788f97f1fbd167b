using CloudImages.Emulator;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Expected;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>README, "Marker guarantee": images present for the whole enumeration, whose sort values do not
    /// change, are returned exactly once, whatever else is added or removed between pages, the marker image included.</summary>
    public sealed class MarkerGuaranteeTests
    {
        [Fact]
        public async Task Removing_the_marker_image_between_pages_loses_and_repeats_nothing()
        {
            await using var ims = await ImsEmulator.StartAsync(new() { Catalogue = { GeneratedImageCount = 600 } });
            using var client = TestClient.Create(ims.BaseAddress);
            var expected = Sorted(ims.Catalogue.Images.Where(ListedByDefault)).Select(i => i.Id).ToList();
            var seen = new List<string>();

            await foreach (var image in client.Client.ListAllImagesAsync(new ListImagesQuery { Limit = 50 }))
            {
                seen.Add(image.Id!);
                if (seen.Count % 50 == 0)
                {
                    Assert.True(ims.Catalogue.Remove(image.Id!));
                }
            }

            Assert.Equal(expected, seen);
        }

        [Fact]
        public async Task Images_added_or_removed_between_pages_do_not_disturb_the_others()
        {
            await using var ims = await ImsEmulator.StartAsync(new() { Catalogue = { GeneratedImageCount = 600 } });
            using var client = TestClient.Create(ims.BaseAddress);
            var order = Sorted(ims.Catalogue.Images.Where(ListedByDefault)).ToList();
            var removed = new HashSet<string>();
            var added = new HashSet<string>();
            var seen = new List<string>();
            var page = 0;

            await foreach (var image in client.Client.ListAllImagesAsync(new ListImagesQuery { Limit = 40 }))
            {
                seen.Add(image.Id!);
                if (seen.Count % 40 != 0)
                {
                    continue;
                }

                // Between pages: drop an image not yet returned, and add one on each side of the current position.
                page++;
                var ahead = order.Where(i => !seen.Contains(i.Id) && !removed.Contains(i.Id)).Skip(5).FirstOrDefault();
                if (ahead is not null)
                {
                    Assert.True(ims.Catalogue.Remove(ahead.Id));
                    removed.Add(ahead.Id);
                }

                foreach (var offset in new[] { -1, 1 })
                {
                    var id = $"added-{page}-{offset}";
                    ims.Catalogue.Add(new CatalogueImage { Id = id, Name = id, CreatedAt = image.CreatedAt!.Value.AddSeconds(offset * 7) });
                    added.Add(id);
                }
            }

            var stable = order.Select(i => i.Id).Where(id => !removed.Contains(id)).ToList();
            Assert.Equal(stable, seen.Where(id => !added.Contains(id)));
            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.NotEmpty(removed);
        }
    }
}
