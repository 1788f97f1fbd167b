using System.Net;
using System.Text;
using CloudImages.Generators.Tests.Infrastructure;
using CloudImages.Runtime;
using CloudImages.Tests.Writes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

// These tests break documented rules on purpose, to see the client refuse what the analyzers report.
#pragma warning disable CIMG0001, CIMG0002, CIMG0005, CIMG0007

namespace CloudImages.Generators.Tests.Client
{
    /// <summary>Operations with bodies, other methods and other answers, through the client generated from
    /// Specs/image-writes.cloud-api.json: what goes on the wire, and what is refused before anything is sent.</summary>
    public sealed class BodyOperationTests
    {
        private readonly List<(HttpMethod Method, string Uri, string? ContentType, string Body)> _sent = [];

        private StubHandler Handler(Func<HttpRequestMessage, HttpResponseMessage> respond) => new(request =>
        {
            // The runtime disposes the content once sent: read it while it is in flight.
            var body = request.Content is null ? "" : request.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            _sent.Add((request.Method, request.RequestUri!.AbsoluteUri, request.Content?.Headers.ContentType?.ToString(), body));
            return respond(request);
        });

        [Fact]
        public async Task A_json_body_holds_the_members_that_are_set_in_documented_order_and_nested_objects()
        {
            var handler = Handler(_ => StubHandler.Json("""{"job_id":"j-1"}"""));
            var client = new ImageWritesClient(handler.Client());
            var request = new CreateImageRequest
            {
                Name = "web",
                InstanceId = "ecs-1",
                HwFirmwareType = FirmwareType.Uefi,
                MinRam = 1024,
                ImageTags = [new ImageTag { Key = "env", Value = "prod" }, new ImageTag { Key = "solo" }],
                DataImages = [new DataImage { Name = "data", DataDiskId = "vol-1", Tags = ["a"] }],
            };

            var job = await client.CreateImageAsync(request);

            Assert.Equal("j-1", job.Id);
            var (method, uri, contentType, body) = Assert.Single(_sent);
            Assert.Equal(HttpMethod.Post, method);
            Assert.Equal("https://ims.example.test/v2/cloudimages/action", uri);
            Assert.Equal("application/json", contentType);
            const string expected = """
                {"name":"web","instance_id":"ecs-1","min_ram":1024,"hw_firmware_type":"uefi",
                "image_tags":[{"key":"env","value":"prod"},{"key":"solo"}],
                "data_images":[{"name":"data","data_disk_id":"vol-1","tags":["a"]}]}
                """;
            Assert.Equal(expected.ReplaceLineEndings(""), body);
        }

        [Fact]
        public async Task A_member_documented_to_take_null_is_omitted_when_unset_and_sent_as_null_when_null()
        {
            var handler = Handler(_ => StubHandler.Json("""{"job_id":"j-1"}"""));
            var client = new ImageWritesClient(handler.Client());

            await client.CreateImageAsync(new CreateImageRequest { Name = "a", InstanceId = "i" });
            await client.CreateImageAsync(new CreateImageRequest { Name = "a", InstanceId = "i", Description = null });
            await client.CreateImageAsync(new CreateImageRequest { Name = "a", InstanceId = "i", Description = "text" });

            Assert.Equal(
                [
                    """{"name":"a","instance_id":"i"}""",
                    """{"name":"a","description":null,"instance_id":"i"}""",
                    """{"name":"a","description":"text","instance_id":"i"}""",
                ],
                _sent.Select(s => s.Body));
        }

        [Fact]
        public async Task An_inline_object_is_written_and_exactly_one_of_its_alternatives_is_required()
        {
            var handler = Handler(_ => new HttpResponseMessage(HttpStatusCode.NoContent));
            var client = new ImageWritesClient(handler.Client());

            await client.SetImageTagAsync(new SetImageTagRequest { ImageId = "img", ImageTag = new SetImageTagRequestImageTag { Key = "env", Value = "prod" } });
            var refused = await Assert.ThrowsAsync<ApiValidationException>(() => client.SetImageTagAsync(new SetImageTagRequest { ImageId = "img" }));

            var (method, _, _, body) = Assert.Single(_sent);
            Assert.Equal(HttpMethod.Put, method);
            Assert.Equal("""{"image_id":"img","image_tag":{"key":"env","value":"prod"}}""", body);
            Assert.Equal("tag-or-image-tag", Assert.Single(refused.Violations).RuleId);
        }

        [Fact]
        public async Task Mandatory_when_is_checked_in_the_body_and_nothing_is_sent()
        {
            var handler = Handler(_ => StubHandler.Json("""{"job_id":"j-1"}"""));
            var client = new ImageWritesClient(handler.Client());

            var refused = await Assert.ThrowsAsync<ApiValidationException>(
                () => client.CreateImageAsync(new CreateImageRequest { Name = "web", ImageUrl = "bucket:file.qcow2", IsQuickImport = true }));

            Assert.Empty(_sent);
            var violation = Assert.Single(refused.Violations);
            Assert.Equal("quick-import-needs-os-version", violation.RuleId);
            Assert.Equal(["is_quick_import", "os_version"], violation.Parameters);

            // is_quick_import=false does not need it.
            await client.CreateImageAsync(new CreateImageRequest { Name = "web", ImageUrl = "bucket:file.qcow2", IsQuickImport = false });
            Assert.Single(_sent);
        }

        [Fact]
        public async Task A_rule_of_a_nested_object_is_reported_with_its_path()
        {
            var handler = Handler(_ => StubHandler.Json("""{"job_id":"j-1"}"""));
            var client = new ImageWritesClient(handler.Client());
            var request = new CreateImageRequest
            {
                Name = "web",
                InstanceId = "ecs-1",
                ImageTags = [new ImageTag { Key = "ok" }, new ImageTag { Key = new string('k', 37) }],
            };

            var refused = await Assert.ThrowsAsync<ApiValidationException>(() => client.CreateImageAsync(request));

            Assert.Empty(_sent);
            var violation = Assert.Single(refused.Violations);
            Assert.Equal(["image_tags[1].key"], violation.Parameters);
            Assert.Equal(violation.RuleId, Assert.Single(request.ImageTags[1].Validate()).RuleId);
        }

        [Fact]
        public async Task Conflicting_body_members_are_refused()
        {
            var client = new ImageWritesClient(Handler(_ => StubHandler.Json("{}")).Client());

            var refused = await Assert.ThrowsAsync<ApiValidationException>(() => client.CreateImageAsync(
                new CreateImageRequest { Name = "web", InstanceId = "i", Tags = ["a"], ImageTags = [new ImageTag { Key = "b" }] }));

            Assert.Equal("tags-or-image-tags", Assert.Single(refused.Violations).RuleId);
            Assert.Empty(_sent);
        }

        [Fact]
        public async Task A_job_is_polled_with_the_client_project_until_it_succeeds()
        {
            var states = new Queue<string>(["INIT", "RUNNING", "SUCCESS"]);
            var handler = Handler(request => request.Method == HttpMethod.Post
                ? StubHandler.Json("""{"job_id":"j-7"}""")
                : StubHandler.Json($$$"""
                    {"job_id":"j-7","status":"{{{states.Dequeue()}}}","begin_time":"2024-11-06T06:19:43.195Z",
                     "error_code":null,"fail_reason":null,"entities":{"image_id":"img-9","image_name":"web"}}
                    """));
            var client = new ImageWritesClient(handler.Client()) { ProjectId = "proj" };

            var job = await client.CreateImageAsync(new CreateImageRequest { Name = "web", InstanceId = "ecs-1" });
            var done = await job.WaitForCompletionAsync(Immediately);

            Assert.Equal("img-9", done.Entities?.ImageId);
            Assert.Equal(new DateTimeOffset(2024, 11, 6, 6, 19, 43, 195, TimeSpan.Zero), done.BeginTime);
            Assert.Equal(4, _sent.Count);
            Assert.All(_sent.Skip(1), s => Assert.Equal("https://ims.example.test/v1/proj/jobs/j-7", s.Uri));
        }

        [Fact]
        public async Task A_failed_job_throws_its_code_and_reason()
        {
            var handler = Handler(request => request.Method == HttpMethod.Post
                ? StubHandler.Json("""{"job_id":"j-8"}""")
                : StubHandler.Json("""{"job_id":"j-8","status":"FAIL","error_code":"IMG.0010","fail_reason":"no quota"}"""));
            var client = new ImageWritesClient(handler.Client()) { ProjectId = "proj" };

            var job = await client.CreateImageAsync(new CreateImageRequest { Name = "web", InstanceId = "ecs-1" });
            var failed = await Assert.ThrowsAsync<ApiJobFailedException>(() => job.WaitForCompletionAsync(Immediately));

            Assert.Equal("j-8", failed.JobId);
            Assert.Equal("IMG.0010", failed.ErrorCode);
            Assert.Equal("no quota", failed.FailReason);
        }

        [Fact]
        public async Task An_answer_without_a_job_id_is_an_invalid_response()
        {
            var client = new ImageWritesClient(Handler(_ => StubHandler.Json("{}")).Client());

            var error = await Assert.ThrowsAsync<ApiException>(() => client.CreateImageAsync(new CreateImageRequest { Name = "w", InstanceId = "i" }));

            Assert.Equal(ApiFailureKind.InvalidResponse, error.Kind);
            Assert.Equal("CreateImage", error.OperationName);
        }

        [Fact]
        public async Task A_job_status_without_a_project_is_refused_before_sending()
        {
            var client = new ImageWritesClient(Handler(_ => StubHandler.Json("{}")).Client());

            var refused = await Assert.ThrowsAsync<ApiValidationException>(() => client.ShowJobAsync(new ShowJobQuery { JobId = "j" }));

            Assert.Equal(["project_id"], Assert.Single(refused.Violations).Parameters);
            Assert.Empty(_sent);
        }

        [Fact]
        public async Task A_json_patch_is_typed_ordered_and_sent_with_the_page_media_type()
        {
            var handler = Handler(_ => StubHandler.Json("""{"id":"img","name":"renamed"}"""));
            var client = new ImageWritesClient(handler.Client());
            var patch = new UpdateImagePatch()
                .ReplaceName("renamed")
                .AddSupportXen(true)
                .ReplaceMinRam(2048)
                .ReplaceFirmwareType(FirmwareType.Bios)
                .RemoveDescription()
                .AddExtension("owner_team", "blue");

            var updated = await client.UpdateImageAsync(new UpdateImageRequest { ImageId = "img", Patch = patch });

            Assert.Equal("renamed", updated.Name);
            var (method, uri, contentType, body) = Assert.Single(_sent);
            Assert.Equal("PATCH", method.Method);
            Assert.Equal("https://ims.example.test/v2/cloudimages/img", uri);
            Assert.Equal("application/openstack-images-v2.1-json-patch", contentType);
            const string expected = """
                [{"op":"replace","path":"/name","value":"renamed"},{"op":"add","path":"/__support_xen","value":"true"},
                {"op":"replace","path":"/min_ram","value":2048},{"op":"replace","path":"/hw_firmware_type","value":"bios"},
                {"op":"remove","path":"/__description"},{"op":"add","path":"/owner_team","value":"blue"}]
                """;
            Assert.Equal(expected.ReplaceLineEndings(""), body);
        }

        [Theory]
        [InlineData("Owner")]
        [InlineData("a/b")]
        [InlineData("")]
        [InlineData("name")]
        [InlineData("team\n")] // the pattern matches the whole name: $ alone would let a final line break through
        public void An_extension_name_the_page_does_not_allow_is_refused(string name)
        {
            var patch = new UpdateImagePatch();

            Assert.Throws<ArgumentException>(() => patch.AddExtension(name, "v"));
            Assert.Empty(patch);
        }

        [Fact]
        public async Task A_binary_body_is_streamed_with_put_and_a_204_completes()
        {
            var handler = Handler(_ => new HttpResponseMessage(HttpStatusCode.NoContent));
            var client = new ImageWritesClient(handler.Client());
            using var file = new MemoryStream(Encoding.ASCII.GetBytes("qcow2 bytes"));

            await client.UploadImageFileAsync(new UploadImageFileRequest { ImageId = "img", Content = file });

            var (method, uri, contentType, body) = Assert.Single(_sent);
            Assert.Equal(HttpMethod.Put, method);
            Assert.Equal("https://ims.example.test/v2/images/img/file", uri);
            Assert.Equal("application/octet-stream", contentType);
            Assert.Equal("qcow2 bytes", body);
            Assert.True(file.CanRead, "the caller's stream is the caller's to dispose");
        }

        [Fact]
        public async Task A_delete_may_carry_a_json_body_and_start_a_job()
        {
            var client = new ImageWritesClient(Handler(_ => StubHandler.Json("""{"job_id":"j-del"}""")).Client());

            var job = await client.DeleteImageMembersAsync(new DeleteImageMembersRequest { Images = ["img-1"], Projects = ["p-1", "p-2"] });

            Assert.Equal("j-del", job.Id);
            var (method, uri, contentType, body) = Assert.Single(_sent);
            Assert.Equal(HttpMethod.Delete, method);
            Assert.Equal("https://ims.example.test/v1/cloudimages/members", uri);
            Assert.Equal("application/json", contentType);
            Assert.Equal("""{"images":["img-1"],"projects":["p-1","p-2"]}""", body);
        }

        [Fact]
        public async Task A_delete_fills_the_client_project_and_an_explicit_one_wins()
        {
            var client = new ImageWritesClient(Handler(_ => new HttpResponseMessage(HttpStatusCode.NoContent)).Client()) { ProjectId = "proj" };

            await client.DeleteImageTagAsync(new DeleteImageTagQuery { ImageId = "img", Key = "env" });
            await client.DeleteImageTagAsync(new DeleteImageTagQuery { ProjectId = "other", ImageId = "img", Key = "a b" });

            Assert.Equal(HttpMethod.Delete, _sent[0].Method);
            Assert.Equal("https://ims.example.test/v2/proj/images/img/tags/env", _sent[0].Uri);
            Assert.Equal("https://ims.example.test/v2/other/images/img/tags/a%20b", _sent[1].Uri);
        }

        [Fact]
        public async Task A_head_answer_is_read_from_typed_headers()
        {
            var client = new ImageWritesClient(Handler(_ =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };
                response.Headers.Add("status", "active");
                response.Headers.Add("X-Image-Meta-Size", "5368709120");
                response.Headers.Add("X-Image-Meta-Protected", "true");
                return response;
            }).Client());

            var metadata = await client.ShowImageMetadataAsync(new ShowImageMetadataQuery { ImageId = "img" });

            Assert.Equal(HttpMethod.Head, Assert.Single(_sent).Method);
            Assert.Equal("active", metadata.Status);
            Assert.Equal(5368709120L, metadata.Size);
            Assert.True(metadata.Protected);
        }

        [Fact]
        public async Task A_malformed_documented_header_is_an_invalid_response()
        {
            var client = new ImageWritesClient(Handler(_ =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.OK);
                response.Headers.Add("X-Image-Meta-Size", "big");
                return response;
            }).Client());

            var error = await Assert.ThrowsAsync<ApiException>(() => client.ShowImageMetadataAsync(new ShowImageMetadataQuery { ImageId = "img" }));

            Assert.Equal(ApiFailureKind.InvalidResponse, error.Kind);
            Assert.Contains("X-Image-Meta-Size", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_documented_300_is_the_answer_and_an_undocumented_one_is_not()
        {
            var client = new ImageWritesClient(Handler(_ => StubHandler.Json("""{"versions":[{"id":"v2.0"}]}""", HttpStatusCode.MultipleChoices)).Client());

            var versions = await client.ListVersionsAsync(new ListVersionsQuery());

            Assert.Equal("v2.0", versions.Versions?[0].GetProperty("id").GetString());
            var other = new ImageWritesClient(Handler(_ => StubHandler.Json("{}", HttpStatusCode.MultipleChoices)).Client());
            var error = await Assert.ThrowsAsync<ApiException>(() => other.UpdateImageAsync(new UpdateImageRequest { ImageId = "i", Patch = new UpdateImagePatch() }));
            Assert.Equal(HttpStatusCode.MultipleChoices, error.StatusCode);
        }

        [Fact]
        public async Task Client_parameters_bound_from_configuration_fill_the_requests_that_leave_them_unset()
        {
            var server = Handler(_ => StubHandler.Json("""{"job_id":"j","status":"RUNNING"}"""));
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Ims:Endpoint"] = "https://ims.example.test/",
                    ["Ims:Token"] = "t",
                    ["Ims:ProjectId"] = "proj",
                    ["Ims:EnterpriseProjectId"] = "ent",
                })
                .Build();
            var services = new ServiceCollection();
            services.AddImageWritesClient(configuration.GetSection("Ims")).ConfigurePrimaryHttpMessageHandler(() => server);
            using var provider = services.BuildServiceProvider();
            var client = provider.GetRequiredService<ImageWritesClient>();

            await client.ShowJobAsync(new ShowJobQuery { JobId = "j" });
            await client.ShowJobAsync(new ShowJobQuery
            {
                JobId = "j",
                EnterpriseProjectId = "mine",
                Since = new DateTimeOffset(2024, 11, 6, 8, 19, 43, 195, TimeSpan.FromHours(2)),
            });

            Assert.Equal("proj", client.ProjectId);
            Assert.Equal("ent", client.EnterpriseProjectId);
            Assert.Equal("https://ims.example.test/v1/proj/jobs/j?enterprise_project_id=ent", _sent[0].Uri);
            Assert.Equal("https://ims.example.test/v1/proj/jobs/j?enterprise_project_id=mine&since=2024-11-06T06%3A19%3A43.195Z", _sent[1].Uri);
        }

        private static ApiJobWaitOptions Immediately => new() { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
    }
}
