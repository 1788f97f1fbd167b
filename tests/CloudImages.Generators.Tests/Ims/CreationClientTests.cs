using System.Text.Json.Nodes;
using CloudImages.Generators.Tests.Infrastructure;
using CloudImages.Ims;
using CloudImages.Runtime;
using Xunit;

// One test breaks a documented rule on purpose, to see the client refuse what the analyzers report.
#pragma warning disable CIMG0002

namespace CloudImages.Generators.Tests.Ims
{
    /// <summary>The creation operations of the IMS specs on the wire: the client writes the page's own example
    /// requests, and their jobs are waited for through GetJob, which another spec file declares.</summary>
    public sealed class CreationClientTests
    {
        private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Specs", "ims", "examples");

        private readonly List<(HttpMethod Method, string Uri, string Body)> _sent = [];

        private StubHandler Handler(Func<HttpRequestMessage, HttpResponseMessage> respond) => new(request =>
        {
            // The runtime disposes the content once sent: read it while it is in flight.
            _sent.Add((request.Method, request.RequestUri!.AbsoluteUri, request.Content?.ReadAsStringAsync().GetAwaiter().GetResult() ?? ""));
            return respond(request);
        });

        [Fact]
        public async Task Data_disk_images_of_an_ecs_are_sent_as_the_page_shows_and_waited_for_through_GetJob()
        {
            var states = new Queue<string>(["INIT", "RUNNING"]);
            var handler = Handler(request => request.Method == HttpMethod.Post
                ? StubHandler.Json(File.ReadAllText(Path.Combine(Examples, "creating-an-image.example-response-1.json")))
                : StubHandler.Json(states.TryDequeue(out var state)
                    ? $$"""{"job_id":"8a12fc664fb4daa3014fb4e581380005","status":"{{state}}"}"""
                    : File.ReadAllText(Path.Combine(Examples, "querying-the-status-of-an-asynchronous-job.example-response-14.json"))));
            var client = new CloudImagesClient(handler.Client()) { ProjectId = "ac234de25c6741d2b1273da49eea1b9e" };

            var job = await client.CreateImageAsync(new CreateImageRequest
            {
                DataImages =
                [
                    new CreateImageDataImage
                    {
                        Name = "ims_data_image_test",
                        Description = "Create a data disk image from the data disk of an ECS",
                        VolumeId = "c5dfbd0c-bf0a-4798-a453-61dc6b54aa30",
                        Tags = ["aaa.111", "bbb.333", "ccc.444"],
                    },
                ],
            });
            var done = await job.WaitForCompletionAsync(Immediately);

            Assert.Equal("8a12fc664fb4daa3014fb4e581380005", job.Id);
            AssertSameJson(File.ReadAllText(Path.Combine(Examples, "creating-an-image.example-request-2.json")), _sent[0].Body);
            Assert.Equal(("POST", "https://ims.example.test/v2/cloudimages/action"), (_sent[0].Method.Method, _sent[0].Uri));
            Assert.Equal(4, _sent.Count);
            Assert.All(_sent.Skip(1), s => Assert.Equal("https://ims.example.test/v1/ac234de25c6741d2b1273da49eea1b9e/jobs/8a12fc664fb4daa3014fb4e581380005", s.Uri));
            Assert.Equal(JobState.Success, done.Status);
            Assert.Equal(JobType.VolumesToSysDataImages, done.JobType);
            var subJob = Assert.Single(done.Entities!.SubJobResults!);
            Assert.Equal("bfb2de92-e7b9-4820-9522-416d8f2c812a", subJob.Entities?.ImageId);
            Assert.False(subJob.JobType!.Value.IsKnown);
        }

        [Fact]
        public async Task A_full_ecs_image_from_a_cbr_backup_and_a_registered_image_are_sent_as_the_page_shows()
        {
            var handler = Handler(_ => StubHandler.Json("""{"job_id":"4010a32b5f909853015f90aaa24b0015"}"""));
            var client = new CloudImagesClient(handler.Client());

            await client.CreateFullEcsImageAsync(new CreateFullEcsImageRequest
            {
                Name = "backup_whole_image",
                Description = "Create a full-ECS image from a CBR backup",
                BackupId = "9b27efab-4a17-4c06-bfa2-3e0cf021d3c3",
                WholeImageType = WholeImageType.Cbr,
                ImageTags = [new NewImageTag { Key = "key2", Value = "value2" }, new NewImageTag { Key = "key1", Value = "value1" }],
            });
            await client.RegisterImageAsync(new RegisterImageRequest
            {
                ImageId = "4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba86",
                ImageUrl = "bucketname:Centos6.5-disk1.vmdk",
            });

            AssertSameJson(File.ReadAllText(Path.Combine(Examples, "creating-a-full-ecs-image.example-request-4.json")), _sent[0].Body);
            Assert.Equal("https://ims.example.test/v1/cloudimages/wholeimages/action", _sent[0].Uri);
            AssertSameJson(File.ReadAllText(Path.Combine(Examples, "registering-an-image.example-request-1.json")), _sent[1].Body);
            Assert.Equal(("PUT", "https://ims.example.test/v1/cloudimages/4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba86/upload"), (_sent[1].Method.Method, _sent[1].Uri));
        }

        [Fact]
        public async Task A_request_that_breaks_a_rule_of_the_page_is_refused_before_sending()
        {
            var client = new CloudImagesClient(Handler(_ => StubHandler.Json("{}")).Client());

            var refused = await Assert.ThrowsAsync<ApiValidationException>(() => client.CreateImageAsync(new CreateImageRequest
            {
                Name = "web",
                InstanceId = "877a2cda-ba63-4e1e-b95f-e67e48b6129a",
                DataImages = [new CreateImageDataImage { Name = "data", VolumeId = "c5dfbd0c-bf0a-4798-a453-61dc6b54aa30" }],
            }));

            Assert.Equal("data-images-without-instance-id", Assert.Single(refused.Violations).RuleId);
            Assert.Empty(_sent);
        }

        private static ApiJobWaitOptions Immediately => new() { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };

        private static void AssertSameJson(string expected, string actual) =>
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}{Environment.NewLine}got {actual}");
    }
}
