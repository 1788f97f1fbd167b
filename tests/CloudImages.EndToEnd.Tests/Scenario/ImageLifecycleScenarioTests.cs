using CloudImages.Emulator;
using CloudImages.Ims;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The life of an image through the generated client, as a user's test would walk it: make it from an
    /// ECS and wait, find it by tag, share it, accept it as the member, list it as the member, export it, delete it.
    /// Then the same walk with a 503, a 429 with Retry-After and, before each read, a body cut halfway.</summary>
    public sealed class ImageLifecycleScenarioTests
    {
        private const string Bucket = DefaultInventory.Bucket;

        [Fact]
        public async Task An_image_is_made_found_shared_accepted_listed_exported_and_deleted()
        {
            await using var s = await ImsSession.StartAsync(images: 200);

            var outcome = await WalkAsync(s, "scenario-image", beforeStep: _ => { });

            Assert.Equal(0, s.Ims.Faults.InjectedCount);
            AssertOutcome(s, outcome);
        }

        [Fact]
        public async Task The_same_walk_survives_503_429_with_Retry_After_and_cut_bodies()
        {
            await using var s = await ImsSession.StartAsync(images: 200, retryWrites: true);
            var injected = 0;

            // Each step meets a 503 and a 429 first (refused before anything is done, so a write may be sent again);
            // a read also meets a body cut halfway (a read may always be sent again).
            var outcome = await WalkAsync(s, "scenario-image", beforeStep: read =>
            {
                s.Ims.Faults.Enqueue(ImsFault.ServiceUnavailable);
                s.Ims.Faults.Enqueue(ImsFault.TooManyRequests(retryAfterSeconds: 1));
                injected += 2;
                if (read)
                {
                    s.Ims.Faults.Enqueue(ImsFault.TruncatedBody);
                    injected++;
                }
            });

            Assert.Equal(injected, s.Ims.Faults.InjectedCount);
            AssertOutcome(s, outcome);
        }

        private static async Task<Outcome> WalkAsync(ImsSession s, string name, Action<bool> beforeStep)
        {
            // 1. Make an image of the stopped Linux ECS, tagged, and wait for the job.
            beforeStep(false);
            var create = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                Name = name,
                InstanceId = DefaultInventory.LinuxServerId,
                ImageTags = [new() { Key = "stage", Value = "scenario" }],
            });
            beforeStep(true);
            var created = await s.CompleteAsync(create);
            var imageId = created.Entities?.ImageId ?? throw new InvalidOperationException("The job names no image.");

            // 2. Find it by its tag, through both tag queries.
            beforeStep(true);
            var byTag = (await s.Owner.ListImagesAsync(new ListImagesQuery { Tag = new("stage", "scenario") })).Images!;
            beforeStep(false);
            var tagged = await s.Owner.ListImagesByTagAsync(new ListImagesByTagRequest
            {
                Action = ImagesByTagAction.Filter,
                Tags = [new() { Key = "stage", Values = ["scenario"] }],
            });

            // 3. Share it with the member project; 4. the member accepts.
            beforeStep(false);
            var share = await s.Owner.AddImageMembersAsync(new AddImageMembersRequest { Images = [imageId], Projects = [ImsSession.MemberProjectId] });
            beforeStep(true);
            await s.CompleteAsync(share);
            beforeStep(true);
            var pending = (await s.Member.ListImagesAsync(new ListImagesQuery { Visibility = "shared", MemberStatus = "pending" })).Images!;
            beforeStep(false);
            var accept = await s.Member.UpdateImageMemberStatusAsync(new UpdateImageMemberStatusRequest
            {
                Images = [imageId],
                ProjectId = ImsSession.MemberProjectId,
                Status = ImageMemberDecision.Accepted,
            });
            beforeStep(true);
            await s.CompleteAsync(accept);

            // 5. The member lists the images shared with it.
            beforeStep(true);
            var accepted = (await s.Member.ListImagesAsync(new ListImagesQuery { Visibility = "shared", MemberStatus = "accepted" })).Images!;

            // 6. Export it to the bucket, and wait.
            beforeStep(false);
            var export = await s.Owner.ExportImageAsync(new ExportImageRequest
            {
                ImageId = imageId,
                BucketUrl = $"{Bucket}:exports/{name}.qcow2",
                FileFormat = ExportFileFormat.Qcow2,
            });
            beforeStep(true);
            await s.CompleteAsync(export);

            // 7. Delete it.
            beforeStep(false);
            await s.Owner.OpenStackDeleteImageAsync(new OpenStackDeleteImageRequest { ImageId = imageId });
            beforeStep(true);
            var afterDelete = (await s.Owner.ListImagesAsync(new ListImagesQuery { Id = imageId })).Images!;

            return new Outcome(
                imageId,
                created.Status?.Value,
                byTag.Select(i => i.Id!).ToList(),
                tagged.Resources!.Select(r => r.ResourceId!).ToList(),
                pending.Select(i => i.Id!).ToList(),
                accepted.Select(i => i.Id!).ToList(),
                afterDelete.Count);
        }

        private static void AssertOutcome(ImsSession s, Outcome outcome)
        {
            Assert.Equal("SUCCESS", outcome.CreateState);
            Assert.Equal(new[] { outcome.ImageId }, outcome.FoundByTag);
            Assert.Equal(new[] { outcome.ImageId }, outcome.FoundByTagQuery);
            Assert.Equal(new[] { outcome.ImageId }, outcome.PendingForMember);
            Assert.Equal(new[] { outcome.ImageId }, outcome.AcceptedByMember);
            Assert.Equal(0, outcome.LeftAfterDelete);

            // Each write was applied once: one image made (now gone), one membership, one exported file.
            Assert.Single(s.Ims.Jobs, j => j.Type == "imsCreateImageByInstance");
            Assert.Null(s.Ims.Catalogue.Find(outcome.ImageId));
            Assert.Single(s.Ims.BucketObjects, o => o.Bucket == Bucket && o.Key == "exports/scenario-image.qcow2");
            Assert.DoesNotContain(s.Ims.Catalogue.Images, i => i.Name == "scenario-image");
        }

        private sealed record Outcome(
            string ImageId,
            string? CreateState,
            IReadOnlyList<string> FoundByTag,
            IReadOnlyList<string> FoundByTagQuery,
            IReadOnlyList<string> PendingForMember,
            IReadOnlyList<string> AcceptedByMember,
            int LeftAfterDelete);
    }
}
