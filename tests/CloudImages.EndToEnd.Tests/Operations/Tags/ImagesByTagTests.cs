using System.Net;
using CloudImages.Emulator;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Tags.TagKit;
using TagFilter = CloudImages.Ims.TagFilter;

namespace CloudImages.EndToEnd.Tests.Operations.Tags
{
    /// <summary>ListImagesByTag: the caller's images filtered by tag conditions and matches, counted or paged.</summary>
    public sealed class ImagesByTagTests
    {
        // The caller's images and their tags; the other project's public image has tags too, and is never found.
        private static readonly (string Name, ImageTag[] Tags)[] Images =
        {
            ("web-prod-1", new[] { Tag("role", "web"), Tag("env", "prod") }),
            ("web-test-1", new[] { Tag("role", "web"), Tag("env", "test") }),
            ("db-prod-1", new[] { Tag("role", "db"), Tag("env", "prod"), Tag("backup", "daily") }),
            ("db-test-1", new[] { Tag("role", "db"), Tag("env", "test"), Tag("backup") }),
            ("plain-1", Array.Empty<ImageTag>()),
        };

        private static readonly Dictionary<string, (Func<ListImagesByTagRequest, ListImagesByTagRequest> Query, string[] Names)> Cases = new()
        {
            ["no condition"] = (q => q, new[] { "web-prod-1", "web-test-1", "db-prod-1", "db-test-1", "plain-1" }),
            ["tags one value"] = (q => q with { Tags = new[] { Has("role", "web") } }, new[] { "web-prod-1", "web-test-1" }),
            ["tags all of two"] = (q => q with { Tags = new[] { Has("role", "web"), Has("env", "prod") } }, new[] { "web-prod-1" }),
            ["tags any value"] = (q => q with { Tags = new[] { Has("backup") } }, new[] { "db-prod-1", "db-test-1" }),
            ["tags one of values"] = (q => q with { Tags = new[] { Has("env", "prod", "staging") } }, new[] { "web-prod-1", "db-prod-1" }),
            ["tags_any"] = (q => q with { TagsAny = new[] { Has("env", "prod"), Has("backup") } }, new[] { "web-prod-1", "db-prod-1", "db-test-1" }),
            ["not_tags"] = (
                q => q with { NotTags = new[] { Has("role", "db"), Has("env", "prod") } },
                new[] { "web-prod-1", "web-test-1", "db-test-1", "plain-1" }),
            ["not_tags_any"] = (q => q with { NotTagsAny = new[] { Has("env", "test"), Has("backup") } }, new[] { "web-prod-1", "plain-1" }),
            ["without_any_tag ignores tags"] = (q => q with { WithoutAnyTag = true, Tags = new[] { Has("role", "web") } }, new[] { "plain-1" }),
            ["name holds, any case"] = (q => q with { Matches = new[] { Match(ResourceMatchKey.ResourceName, "WEB-") } }, new[] { "web-prod-1", "web-test-1" }),
            ["empty name is exact"] = (q => q with { Matches = new[] { Match(ResourceMatchKey.ResourceName, "") } }, Array.Empty<string>()),
            ["no such value"] = (q => q with { Tags = new[] { Has("role", "cache") } }, Array.Empty<string>()),
            ["every list at once"] = (
                q => q with
                {
                    Matches = new[] { Match(ResourceMatchKey.ResourceName, "-1") },
                    Tags = new[] { Has("role") },
                    TagsAny = new[] { Has("env", "prod", "test") },
                    NotTags = new[] { Has("role", "web"), Has("env", "test") },
                    NotTagsAny = new[] { Has("backup", "daily") },
                },
                new[] { "web-prod-1", "db-test-1" }),
        };

        public static TheoryData<string> CaseNames => new(Cases.Keys);

        [Theory]
        [MemberData(nameof(CaseNames))]
        public async Task Filter_and_count_find_the_callers_images_that_pass(string name)
        {
            await using var s = await ImsSession.StartAsync();
            var ids = Images.ToDictionary(i => i.Name, i => s.AddImage(i.Name, tags: i.Tags).Id);
            s.AddImage("web-prod-1", OtherProjectId, isPublic: true, Tag("role", "web"), Tag("env", "prod"));
            var (query, names) = Cases[name];

            var count = await s.Owner.ListImagesByTagAsync(query(new ListImagesByTagRequest { Action = ImagesByTagAction.Count }));
            var found = await s.Owner.ListImagesByTagAsync(query(new ListImagesByTagRequest { Action = ImagesByTagAction.Filter, Limit = 100 }));

            Assert.Equal(names.Length, count.TotalCount);
            Assert.Null(count.Resources);
            Assert.Equal(names.Length, found.TotalCount);
            var resources = Assert.IsAssignableFrom<IReadOnlyList<TaggedImage>>(found.Resources);
            Assert.Equal(names.Select(n => ids[n]), resources.Select(r => r.ResourceId));
            foreach (var resource in resources)
            {
                var expected = Images.Single(i => i.Name == resource.ResourceName).Tags.Select(t => $"{t.Key}={t.Value}");
                Assert.Equal(expected, resource.Tags!.Select(t => $"{t.Key}={t.Value}"));
                Assert.Equal(ImageStatus.Active, resource.ResourceDetail!.Status);
            }
        }

        [Fact]
        public async Task A_match_by_id_finds_only_that_image()
        {
            await using var s = await ImsSession.StartAsync();
            var wanted = s.AddImage("one", tags: Tag("k", "v"));
            s.AddImage("two", tags: Tag("k", "v"));

            var found = await s.Owner.ListImagesByTagAsync(new ListImagesByTagRequest
            {
                Action = ImagesByTagAction.Filter,
                Matches = new[] { Match(ResourceMatchKey.ResourceId, wanted.Id) },
            });

            Assert.Equal(1, found.TotalCount);
            Assert.Equal(wanted.Id, Assert.Single(found.Resources!).ResourceId);
        }

        [Fact]
        public async Task Filter_pages_by_offset_and_limit_ten_by_default_and_count_ignores_them()
        {
            await using var s = await ImsSession.StartAsync();
            var ids = Enumerable.Range(0, 23).Select(i => s.AddImage($"image-{i:D2}", tags: Tag("batch", "x")).Id).ToList();
            s.AddImage("other", tags: Tag("batch", "y"));
            var batch = new[] { Has("batch", "x") };

            var first = await s.Owner.ListImagesByTagAsync(new ListImagesByTagRequest { Action = ImagesByTagAction.Filter, Tags = batch });
            var pages = new List<string>();
            for (var offset = 0; offset < 30; offset += 7)
            {
                var request = new ListImagesByTagRequest { Action = ImagesByTagAction.Filter, Tags = batch, Limit = 7, Offset = offset };
                var page = await s.Owner.ListImagesByTagAsync(request);
                Assert.Equal(23, page.TotalCount);
                pages.AddRange(page.Resources!.Select(r => r.ResourceId!));
            }

            s.Owner.ValidateQueries = false;
            #pragma warning disable CIMG0001, CIMG0003 // a count with a limit and offset out of range: the service ignores them
            var ignored = new ListImagesByTagRequest { Action = ImagesByTagAction.Count, Tags = batch, Limit = 0, Offset = -1 };
            #pragma warning restore CIMG0001, CIMG0003
            var count = await s.Owner.ListImagesByTagAsync(ignored);

            Assert.Equal(ids.Take(10), first.Resources!.Select(r => r.ResourceId));
            Assert.Equal(ids, pages);
            Assert.Equal(23, count.TotalCount);
        }

        [Fact]
        public async Task Tags_changed_through_the_other_operations_are_what_it_finds()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("changing");
            var query = new ListImagesByTagRequest { Action = ImagesByTagAction.Count, Tags = new[] { Has("stage", "beta") } };

            await s.Owner.AddTag(image.Id, "stage", "beta");
            Assert.Equal(1, (await s.Owner.ListImagesByTagAsync(query)).TotalCount);
            await s.Owner.SetTag(image.Id, "stage.ga");
            Assert.Equal(0, (await s.Owner.ListImagesByTagAsync(query)).TotalCount);
            await s.Owner.BatchUpdateImageTagsAsync(new BatchUpdateImageTagsRequest
            {
                ImageId = image.Id,
                Action = BatchTagAction.Create,
                Tags = new[] { new BatchImageTag { Key = "stage", Value = "beta" } },
            });
            Assert.Equal(1, (await s.Owner.ListImagesByTagAsync(query)).TotalCount);
        }

        public static TheoryData<string, string> Refusals => new()
        {
            { "eleven keys", "IMG.0115" },
            { "a repeated key", "IMG.0115" },
            { "an empty key", "IMG.0115" },
            { "a 129-character key", "IMG.0115" },
            { "eleven values", "IMG.0115" },
            { "a repeated value", "IMG.0115" },
            { "a 256-character value", "IMG.0115" },
            { "limit 0", "IMG.0001" },
            { "limit 1001", "IMG.0001" },
            { "offset -1", "IMG.0001" },
            { "action Filter", "IMG.0001" },
            { "an unknown match key", "IMG.0001" },
            { "a repeated match key", "IMG.0001" },
            { "a 256-character match", "IMG.0001" },
        };

        [Theory]
        [MemberData(nameof(Refusals))]
        public async Task An_invalid_condition_is_refused(string what, string code)
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            var filter = new ListImagesByTagRequest { Action = ImagesByTagAction.Filter };
            #pragma warning disable CIMG0003, CIMG0004 // out of range and undocumented on purpose
            var request = what switch
            {
                "eleven keys" => filter with { NotTagsAny = Enumerable.Range(0, 11).Select(i => Has("k" + i)).ToList() },
                "a repeated key" => filter with { TagsAny = new[] { Has("k", "a"), Has("k", "b") } },
                "an empty key" => filter with { Tags = new[] { Has("") } },
                "a 129-character key" => filter with { NotTags = new[] { Has(new string('k', 129)) } },
                "eleven values" => filter with { Tags = new[] { Has("k", Enumerable.Range(0, 11).Select(i => "v" + i).ToArray()) } },
                "a repeated value" => filter with { Tags = new[] { Has("k", "v", "v") } },
                "a 256-character value" => filter with { Tags = new[] { Has("k", new string('v', 256)) } },
                "limit 0" => filter with { Limit = 0 },
                "limit 1001" => filter with { Limit = 1001 },
                "offset -1" => filter with { Offset = -1 },
                "action Filter" => filter with { Action = "Filter" },
                "an unknown match key" => filter with { Matches = new[] { Match("resource_type", "x") } },
                "a repeated match key" => filter with { Matches = new[] { Match(ResourceMatchKey.ResourceId, "a"), Match(ResourceMatchKey.ResourceId, "b") } },
                "a 256-character match" => filter with { Matches = new[] { Match(ResourceMatchKey.ResourceName, new string('n', 256)) } },
                _ => throw new ArgumentOutOfRangeException(nameof(what)),
            };
            #pragma warning restore CIMG0003, CIMG0004

            await Refused(HttpStatusCode.BadRequest, code, () => s.Owner.ListImagesByTagAsync(request));
        }

        [Theory]
        [InlineData("{\"action\": \"filter\", \"limit\": \"ten\"}", "IMG.0001")]
        [InlineData("{\"action\": \"filter\", \"limit\": true}", "IMG.0001")]
        [InlineData("{\"action\": \"filter\", \"tags\": {\"key\": \"k\", \"values\": []}}", "IMG.0001")]
        [InlineData("{\"action\": \"filter\", \"tags\": [{\"key\": \"k\"}]}", "IMG.0001")]
        [InlineData("{\"action\": \"filter\", \"tags\": [{\"key\": \"k\", \"values\": [1]}]}", "IMG.0001")]
        [InlineData("{\"action\": \"count\", \"without_any_tag\": \"yes\"}", "IMG.0001")]
        [InlineData("{\"tags\": []}", "IMG.0001")]
        [InlineData("{\"action\": ", "IMG.0001")]
        [InlineData("", "IMG.0007")]
        public async Task A_malformed_body_is_a_400(string body, string code)
        {
            await using var s = await ImsSession.StartAsync();

            var answer = await s.SendRaw(HttpMethod.Post, $"v2/{ImsSession.OwnerProjectId}/images/resource_instances/action", body);

            Assert.Equal((HttpStatusCode.BadRequest, code), answer);
        }

        [Theory]
        [InlineData("\"1\"", "\"2\"")]
        [InlineData("1", "2")]
        public async Task Limit_and_offset_may_be_sent_as_strings_as_documented_or_as_numbers(string limit, string offset)
        {
            await using var s = await ImsSession.StartAsync();
            var ids = Enumerable.Range(0, 4).Select(i => s.AddImage($"image-{i}").Id).ToList();
            using var http = new HttpClient { BaseAddress = s.Ims.BaseAddress };
            http.DefaultRequestHeaders.Add("X-Auth-Token", ImsSession.OwnerToken);
            var body = $"{{\"action\": \"filter\", \"limit\": {limit}, \"offset\": {offset}}}";

            using var response = await http.PostAsync(
                $"v2/{ImsSession.OwnerProjectId}/images/resource_instances/action",
                new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(4, json.RootElement.GetProperty("total_count").GetInt32());
            var only = Assert.Single(json.RootElement.GetProperty("resources").EnumerateArray());
            Assert.Equal(ids[2], only.GetProperty("resource_id").GetString());
        }

        private static TagFilter Has(string key, params string[] values) => new() { Key = key, Values = values };

        private static ResourceMatch Match(ResourceMatchKey key, string value) => new() { Key = key, Value = value };
    }
}
