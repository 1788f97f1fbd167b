using CloudImages.Emulator;
using CloudImages.Ims;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The generated catalogue is deterministic and has what the issue asks for; the OS versions are
    /// checked against the values page itself.</summary>
    [Collection(CatalogueCollection.Name)]
    public sealed class CatalogueTests(CatalogueFixture fixture)
    {
        private IReadOnlyList<CatalogueImage> Images => fixture.Catalogue.Images;

        [Fact]
        public void The_same_seed_gives_the_same_catalogue_and_another_seed_another()
        {
            static string Fingerprint(IEnumerable<CatalogueImage> images) =>
                string.Join("\n", images.Select(i => $"{i.Id}|{i.Name}|{i.CreatedAt:O}|{i.Size}|{i.Visibility}|{i.MemberStatus}|{string.Join(",", i.Tags)}"));

            var first = CatalogueGenerator.Generate(42, 500, "p");
            var again = CatalogueGenerator.Generate(42, 500, "p");
            var other = CatalogueGenerator.Generate(43, 500, "p");

            Assert.Equal(Fingerprint(first), Fingerprint(again));
            Assert.NotEqual(Fingerprint(first), Fingerprint(other));
            Assert.Equal(500, first.Count);
        }

        [Fact]
        public void It_holds_a_few_thousand_images_with_unique_ids()
        {
            Assert.InRange(Images.Count, 2000, 10000);
            Assert.Equal(Images.Count, Images.Select(i => i.Id).Distinct().Count());
        }

        [Fact]
        public void It_has_public_private_and_shared_images_in_every_member_state()
        {
            Assert.Contains(Images, i => i.Visibility == "public" && i.ImageType == "gold" && i.Protected);
            Assert.Contains(Images, i => i.Visibility == "private" && i.Owner == fixture.Catalogue.ProjectId);
            Assert.Contains(Images, i => i.Visibility == "shared" && i.Owner == fixture.Catalogue.ProjectId && i.MemberStatus is null);
            foreach (var state in MemberStatus.KnownValues)
            {
                Assert.Contains(Images, i => i.Visibility == "shared" && i.Owner != fixture.Catalogue.ProjectId && i.MemberStatus == state.Value);
            }
        }

        [Fact]
        public void It_uses_every_platform_and_every_os_version_of_the_values_page()
        {
            var documented = DocumentedOsVersions();

            Assert.Equal(131, documented.Count);
            Assert.Empty(documented.Except(Images.Select(i => i.OsVersion)));
            Assert.Empty(Platform.KnownValues.Select(p => p.Value).Except(Images.Select(i => i.Platform)));
        }

        [Fact]
        public void It_has_gpu_hana_infiniband_and_other_special_images_with_consistent_flags()
        {
            Assert.Contains(Images, i => i.SupportXenGpuType == "M60_vGPU");
            Assert.Empty(KvmGpuType.KnownValues.Select(t => t.Value).Except(Images.Select(i => i.SupportKvmGpuType)));
            Assert.Contains(Images, i => i.SupportXenHana);
            Assert.Contains(Images, i => i.SupportKvmInfiniBand);
            Assert.Contains(Images, i => i.SupportLargeMemory);
            Assert.Contains(Images, i => i.SupportDiskIntensive);
            Assert.Contains(Images, i => i.SupportHighPerformance);

            // "This attribute cannot co-exist with __support_xen and __support_kvm" (InfiniBand: with __support_xen).
            Assert.DoesNotContain(Images, i => (i.SupportXenGpuType ?? i.SupportKvmGpuType) is not null && (i.SupportXen || i.SupportKvm));
            Assert.DoesNotContain(Images, i => i.SupportXenHana && (i.SupportXen || i.SupportKvm));
            Assert.DoesNotContain(Images, i => i.SupportKvmInfiniBand && i.SupportXen);
        }

        [Fact]
        public void Sizes_exceed_4_GiB_and_stay_within_the_documented_ranges()
        {
            Assert.True(Images.Count(i => i.Size > 4L * 1024 * 1024 * 1024) > Images.Count / 2);
            Assert.All(Images, i => Assert.InRange(i.MinDisk, 1, 1024));
            Assert.All(Images, i => Assert.Equal(i.Size, i.ImageSize));
        }

        [Fact]
        public async Task Images_supplied_in_the_options_are_served_next_to_generated_ones()
        {
            var mine = new CatalogueImage { Id = "my-image", Name = "My golden image", Visibility = "public", ImageType = "gold", Platform = "Debian" };
            await using var ims = await ImsEmulator.StartAsync(new() { Catalogue = { GeneratedImageCount = 0, Images = { mine } } });
            using var client = TestClient.Create(ims.BaseAddress);

            var page = await client.Client.ListImagesAsync(new ListImagesQuery());

            var image = Assert.Single(page.Images!);
            Assert.Equal(("my-image", "My golden image", Platform.Debian), (image.Id, image.Name, image.Platform));
        }

        /// <summary>Table 1 of the values page: the second cell of each row between its heading and the note.</summary>
        private static List<string> DocumentedOsVersions()
        {
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Docs", "values-of-related-parameters.rst"));
            var start = Array.FindIndex(lines, l => l.Contains("**Table 1**", StringComparison.Ordinal));
            var end = Array.FindIndex(lines, start, l => l.Contains(".. note::", StringComparison.Ordinal));
            return lines[start..end]
                .Where(l => l.TrimStart().StartsWith('|'))
                .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
                .Where(cells => cells.Length > 2 && cells[2].Length > 0 && cells[2] != "OS Version (__os_version)")
                .Select(cells => cells[2])
                .ToList();
        }
    }
}
