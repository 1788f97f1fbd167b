using CloudImages.Emulator;
using Microsoft.Extensions.Time.Testing;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The state's transactions and jobs, driven directly: a write is whole or absent, and a job's state
    /// is a function of the clock.</summary>
    public sealed class StateTests
    {
        private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

        [Fact]
        public void A_transaction_that_throws_leaves_nothing_behind()
        {
            var (state, _) = NewState();

            Assert.Throws<ImsRequestException>(() => state.Run<int>(tx =>
            {
                tx.PutImage(new CatalogueImage { Id = "new", Name = "new" });
                tx.PutMember(new ImageMember("new", "p2", "pending", tx.Now, tx.Now));
                throw ImsErrors.Refuse("IMG.0001", "refused after changes");
            }));

            Assert.Null(state.Catalogue.Find("new"));
            Assert.Empty(state.Data.Members);
            Assert.Equal(0, state.Version);
        }

        [Fact]
        public void A_transaction_sees_its_own_changes_and_commits_them_together()
        {
            var (state, _) = NewState();

            var seen = state.Run(tx =>
            {
                tx.PutImage(new CatalogueImage { Id = "a", Name = "a" });
                tx.PutImage(new CatalogueImage { Id = "b", Name = "b" });
                tx.RemoveImage("a");
                return tx.Images().Select(i => i.Id).ToList();
            });

            Assert.Equal(new[] { "b" }, seen);
            Assert.Equal(new[] { "b" }, state.Catalogue.Images.Select(i => i.Id));
            Assert.Equal(1, state.Version);
        }

        [Fact]
        public void A_job_moves_from_INIT_to_RUNNING_to_SUCCESS_on_the_clock_and_then_activates_its_image()
        {
            var (state, clock) = NewState();
            var job = state.Run(tx =>
            {
                tx.PutImage(new CatalogueImage { Id = "img", Name = "img", Status = "queued" });
                return tx.StartJob("imsCreateImageByInstance", tx.DefaultProjectId, "{}", new[] { "img" });
            });

            Assert.Equal(32, job.Id.Length);
            Assert.Equal("INIT", job.StateAt(clock.GetUtcNow()));
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal("RUNNING", job.StateAt(clock.GetUtcNow()));
            state.Run(tx => 0);
            Assert.Equal("queued", state.Catalogue.Find("img")!.Status);

            clock.Advance(TimeSpan.FromSeconds(4));
            Assert.Equal("SUCCESS", job.StateAt(clock.GetUtcNow()));
            state.Run(tx => 0);
            var image = state.Catalogue.Find("img")!;
            Assert.Equal("active", image.Status);
            Assert.Equal(Start.AddSeconds(5), image.ActiveAt);
            Assert.True(state.Data.Jobs[job.Id].Settled);
        }

        [Fact]
        public void An_injected_failure_ends_the_job_FAIL_and_kills_its_image()
        {
            var (state, clock) = NewState(jobs => jobs.Failures["imsCreateImageByInstance"] = new ImsJobFailure("IMS.0005", "disk error"));
            var job = state.Run(tx =>
            {
                tx.PutImage(new CatalogueImage { Id = "img", Name = "img", Status = "queued" });
                return tx.StartJob("imsCreateImageByInstance", tx.DefaultProjectId, "{}", new[] { "img" });
            });

            clock.Advance(TimeSpan.FromSeconds(5));
            state.Run(tx => 0);

            Assert.Equal("FAIL", job.StateAt(clock.GetUtcNow()));
            Assert.Equal("killed", state.Catalogue.Find("img")!.Status);
        }

        [Fact]
        public void The_state_file_keeps_images_members_jobs_and_objects_and_a_broken_one_is_located()
        {
            var directory = Directory.CreateTempSubdirectory("cloudimages-state-");
            try
            {
                var path = Path.Combine(directory.FullName, "ims.json");
                var file = new StateFile(path);
                var (state, _) = NewState(file: file);
                state.Save();
                state.Run(tx =>
                {
                    tx.PutImage(new CatalogueImage { Id = "img", Name = "kept", Tags = new[] { new ImageTag("k", "v") } });
                    tx.PutMember(new ImageMember("img", "p2", "accepted", tx.Now, tx.Now) { VaultId = "vault" });
                    tx.PutObject(new BucketObject("bucket", "exported.qcow2", 42));
                    return tx.StartJob("imsNativeExportImageJob", tx.DefaultProjectId, "{\"image_id\":\"img\"}");
                });

                var saved = file.Load()!;
                Assert.Equal("kept", Assert.Single(saved.Images).Name);
                Assert.Equal(new ImageTag("k", "v"), Assert.Single(Assert.Single(saved.Images).Tags));
                Assert.Equal("vault", Assert.Single(saved.Members).VaultId);
                Assert.Contains(saved.BucketObjects, o => o.Key == "exported.qcow2");
                Assert.Equal("{\"image_id\":\"img\"}", Assert.Single(saved.Jobs).EntitiesJson);
                Assert.False(File.Exists(path + ".tmp"));

                File.WriteAllText(path, "{\"Format\": 1,\n \"Images\": [ {\"Id\": ");
                var broken = Assert.Throws<InvalidDataException>(() => file.Load());
                Assert.StartsWith(path + "(2,", broken.Message, StringComparison.Ordinal);
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }

        private static (ImsState State, FakeTimeProvider Clock) NewState(Action<ImsJobOptions>? jobs = null, StateFile? file = null)
        {
            var clock = new FakeTimeProvider(Start);
            var options = new ImsJobOptions();
            jobs?.Invoke(options);
            var catalogue = new ImageCatalogue(CatalogueOptions.DefaultProjectId, Array.Empty<CatalogueImage>());
            return (new ImsState(catalogue, ImsStateData.From(new InventoryOptions()), options, clock, file), clock);
        }
    }
}
