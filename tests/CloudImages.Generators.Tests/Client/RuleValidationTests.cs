using System.Net;
using CloudImages.Ims;
using CloudImages.Runtime;
using CloudImages.Tests.Servers;
using Xunit;

// These queries break the documented rules on purpose: Validate() must find what the analyzers report.
#pragma warning disable CIMG0001, CIMG0002, CIMG0003, CIMG0004, CIMG0005, CIMG0006

namespace CloudImages.Generators.Tests.Client
{
    /// <summary>The same rules at run time: Validate() lists every violation, and the client refuses to send a query
    /// that breaks an error-severity rule. This covers values that are not known at compile time.</summary>
    public sealed class RuleValidationTests
    {
        [Fact]
        public void Validate_returns_every_violation_in_rule_order()
        {
            var query = new ListImagesQuery
            {
                MemberStatus = MemberStatus.Accepted,
                SupportXenGpuType = XenGpuType.M60VGpu,
                SupportXen = true,
                SupportKvm = true,
                SupportKvmInfiniBand = true,
                SortDir = SortDirection.Ascending,
                ImageType = ImageType.Gold,
                MinDisk = 0,
                Limit = 0,
                Tag = "a.b",
                CreatedAt = "lt:2018-10-28",
                UpdatedAt = "2018-10-28 10:00:00",
            };

            Assert.Equal(
                new[]
                {
                    "Error member-status-requires-shared (member_status, visibility)",
                    "Error xen-gpu-type-exclusive (__support_xen_gpu_type, __support_xen)",
                    "Error xen-gpu-type-exclusive (__support_xen_gpu_type, __support_kvm)",
                    "Error kvm-infiniband-exclusive (__support_kvm_infiniband, __support_xen)",
                    "Info sort-dir-with-sort-key (sort_dir, sort_key)",
                    "Info protected-for-public-images (__imagetype, protected)",
                    "Error min_disk-range (min_disk)",
                    "Error limit-range (limit)",
                    "Error tag-format (tag)",
                    "Error created_at-format (created_at)",
                    "Error updated_at-format (updated_at)",
                },
                query.Validate().Select(v => $"{v.Severity} {v.RuleId} ({string.Join(", ", v.Parameters)})"));
        }

        [Fact]
        public void The_common_query_methods_are_valid()
        {
            Assert.Empty(new ListImagesQuery { ImageType = ImageType.Gold, Visibility = Visibility.Public, Protected = true }.Validate());
            Assert.Empty(new ListImagesQuery { Owner = "project" }.Validate());
            foreach (var status in MemberStatus.KnownValues)
            {
                Assert.Empty(new ListImagesQuery { MemberStatus = status, Visibility = Visibility.Shared, ImageType = ImageType.Shared }.Validate());
            }
        }

        [Fact]
        public void Values_known_only_at_run_time_are_checked()
        {
            var (disk, visibility, tag) = Parse("0 private a.b");

            var violations = new ListImagesQuery { MinDisk = disk, MemberStatus = MemberStatus.Pending, Visibility = visibility, Tag = tag }.Validate();

            Assert.Equal(new[] { "member-status-requires-shared", "min_disk-range", "tag-format" }, violations.Select(v => v.RuleId));
        }

        [Fact]
        public void The_rules_of_another_spec_are_checked_too()
        {
            var query = new SearchServersQuery { ProjectId = "p", ReservationId = "r", Name = "Web_01", Locked = true, Limit = 101 };

            Assert.Equal(
                new[] { "reservation-excludes-name", "locked-needs-active", "name-pattern", "limit-range" },
                query.Validate().Select(v => v.RuleId));
        }

        [Theory]
        [InlineData("web-01\n", false)] // $ alone would match before the final line break
        [InlineData("\nweb-01", false)]
        [InlineData("web-01", true)]
        public void A_pattern_matches_the_whole_value(string name, bool valid)
        {
            var violations = new SearchServersQuery { ProjectId = "p", Name = name }.Validate();

            Assert.Equal(valid, !violations.Any(v => v.RuleId == "name-pattern"));
        }

        [Fact]
        public async Task The_client_throws_a_validation_exception_listing_every_violation_and_sends_nothing()
        {
            var handler = new RecordingHandler();
            var client = new CloudImagesClient(new HttpClient(handler) { BaseAddress = new Uri("https://ims.example.test/") });
            var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, SupportXenHana = true, SupportKvm = true, SortDir = SortDirection.Descending };

            var exception = await Assert.ThrowsAsync<ApiValidationException>(() => client.ListImagesAsync(query));

            Assert.Empty(handler.Requests);
            Assert.Equal("ListImages", exception.OperationName);
            Assert.Equal(query.Validate().Select(v => v.ToString()), exception.Violations.Select(v => v.ToString()));
            Assert.Equal(
                new[] { "member-status-requires-shared", "xen-hana-exclusive", "sort-dir-with-sort-key" },
                exception.Violations.Select(v => v.RuleId));
            Assert.Contains("member_status can only be used when visibility is shared", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Paging_refuses_before_the_first_page()
        {
            var handler = new RecordingHandler();
            var client = new CloudImagesClient(new HttpClient(handler) { BaseAddress = new Uri("https://ims.example.test/") });

            await Assert.ThrowsAsync<ApiValidationException>(async () =>
            {
                await foreach (var image in client.ListAllImagesAsync(new ListImagesQuery { Limit = 0 }))
                {
                    Assert.Fail("nothing is listed: " + image.Id);
                }
            });

            Assert.Empty(handler.Requests);
        }

        [Fact]
        public async Task Advice_alone_does_not_stop_the_request()
        {
            var handler = new RecordingHandler();
            var client = new CloudImagesClient(new HttpClient(handler) { BaseAddress = new Uri("https://ims.example.test/") });

            var response = await client.ListImagesAsync(new ListImagesQuery { SortDir = SortDirection.Ascending });

            Assert.NotNull(response.Images);
            var request = Assert.Single(handler.Requests);
            Assert.Equal("https://ims.example.test/v2/cloudimages?sort_dir=asc", request.ToString());
        }

        private static (int Disk, Visibility Visibility, KeyValueFilter Tag) Parse(string text)
        {
            var parts = text.Split(' ');
            return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), new Visibility(parts[1]), parts[2]);
        }

        /// <summary>Records what would go on the wire, and answers with an empty page.</summary>
        private sealed class RecordingHandler : HttpMessageHandler
        {
            public List<Uri> Requests { get; } = new();

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Requests.Add(request.RequestUri!);
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"images\":[]}") });
            }
        }
    }
}
