using System.Net;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.OpenStack.OpenStackKit;

namespace CloudImages.EndToEnd.Tests.Operations.OpenStack
{
    public sealed class OpenStackUpdateImageTests
    {
        private const string V21 = "application/openstack-images-v2.1-json-patch";

        [Fact]
        public async Task Name_description_and_extensions_change_and_show_through_both_apis()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s, "before");
            s.Clock.Advance(TimeSpan.FromMinutes(5));

            var updated = await s.Owner.OpenStackUpdateImageAsync(new OpenStackUpdateImageRequest
            {
                ImageId = image.Id!,
                Patch = new OpenStackUpdateImagePatch().ReplaceName("after").AddDescription("ims test").AddExtension("hw_mark", "blue"),
            });

            Assert.Equal(("after", "ims test"), (updated.Name, updated.Description));
            Assert.Equal("blue", updated.AdditionalProperties!["hw_mark"].GetString());
            Assert.Equal(s.Clock.GetUtcNow(), updated.UpdatedAt);
            var details = await GetAsync(s.Owner, image.Id!);
            Assert.Equal(("after", "ims test"), (details.Name, details.Description));
            Assert.Equal("blue", details.AdditionalProperties!["hw_mark"].GetString());
            var native = await NativeAsync(s, image.Id!);
            Assert.Equal(("after", "ims test"), (native!.Name, native.Description));
            Assert.Equal("blue", native.AdditionalProperties!["hw_mark"].GetString());
        }

        [Fact]
        public async Task Replace_and_remove_take_existing_attributes()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s);
            await Patch(s, image.Id!, new OpenStackUpdateImagePatch().AddDescription("first").AddExtension("color", "red"));

            var replaced = await Patch(s, image.Id!, new OpenStackUpdateImagePatch().ReplaceDescription("second").ReplaceExtension("color", "green"));
            var removed = await Patch(s, image.Id!, new OpenStackUpdateImagePatch().RemoveDescription().RemoveExtension("color"));

            Assert.Equal(("second", "green"), (replaced.Description, replaced.AdditionalProperties!["color"].GetString()));
            Assert.Null(removed.Description);
            Assert.False(removed.AdditionalProperties?.ContainsKey("color") ?? false);
        }

        [Fact]
        public async Task A_patch_applies_whole_or_not_at_all()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s, "untouched");

            var patch = new OpenStackUpdateImagePatch().ReplaceName("touched").AddExtension("kept", "no").RemoveExtension("absent");

            await RefusedAsync(() => Patch(s, image.Id!, patch), HttpStatusCode.BadRequest, "IMG.0035");

            var details = await GetAsync(s.Owner, image.Id!);
            Assert.Equal("untouched", details.Name);
            Assert.False(details.AdditionalProperties?.ContainsKey("kept") ?? false);
            Assert.Equal(image.UpdatedAt, details.UpdatedAt);
        }

        [Fact]
        public async Task Extension_attributes_are_kept_in_the_state_file()
        {
            var file = Path.Combine(Path.GetTempPath(), $"ims-state-{Guid.NewGuid():N}.json");
            try
            {
                string id;
                await using (var first = await ImsSession.StartAsync(configure: o => o.StateFile = file))
                {
                    id = (await CreateAsync(first, "persisted")).Id!;
                    await Patch(first, id, new OpenStackUpdateImagePatch().AddExtension("hw_mark", "kept"));
                }

                await using var second = await ImsSession.StartAsync(configure: o => o.StateFile = file);
                var image = await GetAsync(second.Owner, id);

                Assert.Equal(("persisted", "kept"), (image.Name, image.AdditionalProperties!["hw_mark"].GetString()));
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public async Task Operations_apply_in_order()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s);

            var patch = new OpenStackUpdateImagePatch().AddExtension("step", "1").ReplaceExtension("step", "2").ReplaceName("n1").ReplaceName("n2");

            var updated = await Patch(s, image.Id!, patch);

            Assert.Equal(("n2", "2"), (updated.Name, updated.AdditionalProperties!["step"].GetString()));
        }

        public static TheoryData<Func<OpenStackUpdateImagePatch, OpenStackUpdateImagePatch>, string> Refusals => new()
        {
            { p => p.ReplaceDescription("none yet"), "IMG.0035" },
            { p => p.RemoveDescription(), "IMG.0035" },
            { p => p.ReplaceExtension("absent", "x"), "IMG.0035" },
            { p => p.ReplaceName(new string('n', 129)), "IMG.0002" },
            { p => p.ReplaceName("bad/name"), "IMG.0003" },
            { p => p.AddDescription("<b>bold</b>"), "IMG.0054" },
            { p => p.AddDescription(new string('d', 1025)), "IMG.0004" },
            { p => p.AddExtension("min_ram", "2048"), "IMG.0105" },
            { p => p.ReplaceExtension("status", "active"), "IMG.0105" },
            { p => p.AddExtension("Upper", "x"), "IMG.0001" },
        };

        [Theory]
        [MemberData(nameof(Refusals))]
        public async Task A_documented_refusal_changes_nothing(Func<OpenStackUpdateImagePatch, OpenStackUpdateImagePatch> patch, string code)
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s, "same");

            await RefusedAsync(() => Patch(s, image.Id!, patch(new OpenStackUpdateImagePatch())), HttpStatusCode.BadRequest, code);

            var details = await GetAsync(s.Owner, image.Id!);
            Assert.Equal(("same", (string?)null, image.UpdatedAt), (details.Name, details.Description, details.UpdatedAt));
        }

        [Fact]
        public async Task Only_the_owner_patches()
        {
            await using var s = await ImsSession.StartAsync();
            var publicImage = AddPublic(s);
            var own = await CreateAsync(s);

            var patch = new OpenStackUpdateImagePatch().ReplaceName("mine");

            await RefusedAsync(() => Patch(s.Member, publicImage.Id, patch), HttpStatusCode.Forbidden, "IMG.0026");
            await RefusedAsync(() => Patch(s.Member, own.Id!, patch), HttpStatusCode.NotFound, "IMG.0027");
        }

        [Fact]
        public async Task The_v2_0_body_is_read_too()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s);

            const string body = """[{"replace": "/name", "value": "test01"}]""";

            var (status, code) = await SendAsync(s, HttpMethod.Patch, $"/v2/images/{image.Id}", body, "application/openstack-images-v2.0-json-patch");

            Assert.Equal((HttpStatusCode.OK, (string?)null), (status, code));
            Assert.Equal("test01", (await GetAsync(s.Owner, image.Id!)).Name);
        }

        [Theory]
        [InlineData("""[{"op": "replace", "path": "/name", "value": "x"}]""", "application/json", "IMG.0001")]
        [InlineData("", V21, "IMG.0007")]
        [InlineData("[{\"op\": ", V21, "IMG.0001")]
        [InlineData("""{"op": "replace", "path": "/name", "value": "x"}""", V21, "IMG.0001")]
        [InlineData("""[{"op": "move", "path": "/name", "value": "x"}]""", V21, "IMG.0001")]
        [InlineData("""[{"op": "replace", "path": "name", "value": "x"}]""", V21, "IMG.0001")]
        [InlineData("""[{"op": "replace", "path": "/a/b", "value": "x"}]""", V21, "IMG.0001")]
        [InlineData("""[{"op": "add", "path": "/color"}]""", V21, "IMG.0001")]
        [InlineData("""[{"op": "add", "path": "/color", "value": 3}]""", V21, "IMG.0001")]
        [InlineData("""[{"op": "replace", "path": "/name", "value": "ok"}, 7]""", V21, "IMG.0001")]
        public async Task A_malformed_patch_is_a_400_and_changes_nothing(string body, string mediaType, string code)
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s, "same");

            var (status, error) = await SendAsync(s, HttpMethod.Patch, $"/v2/images/{image.Id}", body, mediaType);

            Assert.Equal((HttpStatusCode.BadRequest, code), (status, error));
            Assert.Equal("same", (await GetAsync(s.Owner, image.Id!)).Name);
        }

        private static Task<OpenStackImage> Patch(ImsSession s, string id, OpenStackUpdateImagePatch patch) => Patch(s.Owner, id, patch);

        private static Task<OpenStackImage> Patch(CloudImagesClient client, string id, OpenStackUpdateImagePatch patch) =>
            client.OpenStackUpdateImageAsync(new OpenStackUpdateImageRequest { ImageId = id, Patch = patch });
    }
}
