using System.Text.Json;
using CloudImages.Emulator;
using Microsoft.Extensions.Time.Testing;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The state's transactions, jobs and file, driven directly: a write is whole or absent, a job's state
    /// is a function of the clock, and the snapshot with its journal gives back every committed write.</summary>
    public sealed class StateTests : IDisposable
    {
        private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cloudimages-state-");

        private string StatePath => Path.Combine(_folder.FullName, "ims.json");

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
            var file = new StateFile(StatePath);
            var (state, _) = NewState(file: file);
            state.Save();
            state.Run(tx =>
            {
                tx.PutImage(new CatalogueImage { Id = "img", Name = "kept", Tags = new[] { new ImageTag("k", "v") } });
                tx.PutMember(new ImageMember("img", "p2", "accepted", tx.Now, tx.Now) { VaultId = "vault" });
                tx.PutObject(new BucketObject("bucket", "exported.qcow2", 42));
                return tx.StartJob("imsNativeExportImageJob", tx.DefaultProjectId, "{\"image_id\":\"img\"}");
            });

            var saved = file.Load()!.Value;
            Assert.Equal("kept", Assert.Single(saved.Catalogue.Images).Name);
            Assert.Equal(new ImageTag("k", "v"), Assert.Single(Assert.Single(saved.Catalogue.Images).Tags));
            Assert.Equal("vault", Assert.Single(saved.Data.Members.Values).VaultId);
            Assert.Contains(saved.Data.BucketObjects, o => o.Key == "exported.qcow2");
            Assert.Equal("{\"image_id\":\"img\"}", Assert.Single(saved.Data.Jobs.Values).EntitiesJson);
            Assert.False(File.Exists(StatePath + ".tmp"));

            File.WriteAllText(StatePath, "{\"Format\": 1,\n \"Images\": [ {\"Id\": ");
            var broken = Assert.Throws<InvalidDataException>(() => file.Load());
            Assert.StartsWith(StatePath + "(2,", broken.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_write_appends_one_line_to_the_journal_and_leaves_the_snapshot_alone()
        {
            var file = new StateFile(StatePath);
            var (state, clock) = NewState(file: file);
            state.Save();
            var snapshot = File.ReadAllBytes(StatePath);
            Assert.False(File.Exists(file.JournalPath));

            WriteEverything(state, clock);

            Assert.Equal(snapshot, File.ReadAllBytes(StatePath));
            Assert.Equal(state.Version, File.ReadAllLines(file.JournalPath).Length);
        }

        [Fact]
        public void Replaying_the_journal_gives_the_state_before_the_restart_and_folds_it_into_the_snapshot()
        {
            var (file, state) = SavedAndWritten();
            var before = Json(state.Catalogue, state.Data);
            Assert.Contains("\"Id\":\"c\"", before, StringComparison.Ordinal); // the scenario's images, members, jobs and objects
            Assert.DoesNotContain("\"Id\":\"b\"", before, StringComparison.Ordinal);

            var restarted = new StateFile(StatePath).Load()!.Value;

            Assert.Equal(before, Json(restarted.Catalogue, restarted.Data));
            // Folded at start: the snapshot alone holds it all, and there is no journal.
            Assert.False(File.Exists(file.JournalPath));
            Assert.False(File.Exists(StatePath + ".tmp"));
            Assert.Equal(before, File.ReadAllText(StatePath));
        }

        [Theory]
        [InlineData("{\"Images\":[{\"Id\":\"torn\",\"Na")] // killed while appending: no newline
        [InlineData("{\"Images\":[{\"Id\":\"torn\",\"Na\n")] // a newline, but not a whole write
        [InlineData("\0\0\0\0")] // what a file system may show after a power cut
        public void A_torn_last_line_is_a_write_never_acknowledged_it_is_dropped_and_the_rest_kept(string torn)
        {
            var (file, state) = SavedAndWritten();
            var before = Json(state.Catalogue, state.Data);
            var lines = File.ReadAllLines(file.JournalPath).Length;
            File.AppendAllText(file.JournalPath, torn);

            var journal = new StateJournal(file.JournalPath);
            Assert.Equal(lines, journal.Read().Count);
            Assert.Equal(lines, File.ReadAllLines(file.JournalPath).Length); // cut off the file
            Assert.EndsWith("}\n", File.ReadAllText(file.JournalPath), StringComparison.Ordinal);

            File.AppendAllText(file.JournalPath, torn);
            var restarted = new StateFile(StatePath).Load()!.Value;
            Assert.Equal(before, Json(restarted.Catalogue, restarted.Data));
            Assert.Null(restarted.Catalogue.Find("torn"));
        }

        [Fact]
        public void A_broken_line_before_the_last_is_corruption_located_by_file_and_line_and_nothing_is_written()
        {
            var (file, state) = SavedAndWritten();
            var lines = File.ReadAllLines(file.JournalPath);
            lines[2] = lines[2][..^5];
            File.WriteAllText(file.JournalPath, string.Join("\n", lines) + "\n");
            var journal = File.ReadAllBytes(file.JournalPath);
            var snapshot = File.ReadAllBytes(StatePath);

            var broken = Assert.Throws<InvalidDataException>(() => new StateFile(StatePath).Load());

            Assert.StartsWith(file.JournalPath + "(3,", broken.Message, StringComparison.Ordinal);
            Assert.Contains("not an emulator state journal line", broken.Message, StringComparison.Ordinal);
            Assert.Equal(journal, File.ReadAllBytes(file.JournalPath));
            Assert.Equal(snapshot, File.ReadAllBytes(StatePath));
        }

        [Fact]
        public void A_line_the_state_cannot_hold_is_located_too()
        {
            var file = new StateFile(StatePath);
            var (state, _) = NewState(file: file);
            state.Save();
            File.WriteAllText(file.JournalPath, "{\"Images\":[null]}\n{}\n");

            var broken = Assert.Throws<InvalidDataException>(() => new StateFile(StatePath).Load());

            Assert.StartsWith(file.JournalPath + "(1,1): ", broken.Message, StringComparison.Ordinal);
            Assert.Contains("Images[0] is null", broken.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_journal_left_beside_the_snapshot_that_holds_it_replays_to_the_same_state()
        {
            var (file, state) = SavedAndWritten();
            var before = Json(state.Catalogue, state.Data);
            var journal = File.ReadAllBytes(file.JournalPath);

            // Killed between renaming the new snapshot into place and deleting the journal.
            state.Save();
            File.WriteAllBytes(file.JournalPath, journal);
            var restarted = new StateFile(StatePath).Load()!.Value;

            Assert.Equal(before, Json(restarted.Catalogue, restarted.Data));
            Assert.False(File.Exists(file.JournalPath));
        }

        [Fact]
        public void A_journal_past_its_limit_is_folded_into_a_snapshot_before_the_next_write()
        {
            var (file, state) = SavedAndWritten(compactAt: 1);

            Assert.Single(File.ReadAllLines(file.JournalPath));
            var restarted = new StateFile(StatePath).Load()!.Value;
            Assert.Equal(Json(state.Catalogue, state.Data), Json(restarted.Catalogue, restarted.Data));
        }

        [Fact]
        public void A_write_whose_journal_line_cannot_be_saved_is_not_applied()
        {
            var file = new StateFile(StatePath);
            var (state, _) = NewState(file: file);
            state.Save();
            Directory.CreateDirectory(file.JournalPath); // no file can be opened there

            Assert.ThrowsAny<Exception>(() => state.Run(tx =>
            {
                tx.PutImage(new CatalogueImage { Id = "lost", Name = "lost" });
                return 0;
            }));

            Assert.Null(state.Catalogue.Find("lost"));
            Assert.Equal(0, state.Version);
        }

        /// <summary>A state saved to a new snapshot, then changed by <see cref="WriteEverything"/>.</summary>
        private (StateFile File, ImsState State) SavedAndWritten(long compactAt = StateFile.DefaultCompactAt)
        {
            var file = new StateFile(StatePath, compactAt);
            var (state, clock) = NewState(file: file);
            state.Save();
            WriteEverything(state, clock);
            return (file, state);
        }

        /// <summary>Every kind of write: images put, replaced and removed, members added, answered and removed, a job
        /// started and settled (its image activated, its object written), an inventory object replaced.</summary>
        private static void WriteEverything(ImsState state, FakeTimeProvider clock)
        {
            state.Run(tx =>
            {
                tx.PutImage(new CatalogueImage { Id = "a", Name = "a" });
                tx.PutImage(new CatalogueImage { Id = "b", Name = "b" });
                tx.PutImage(new CatalogueImage { Id = "c", Name = "c", Status = "queued", Tags = new[] { new ImageTag("k", "v") } });
                return 0;
            });
            state.Run(tx =>
            {
                tx.RemoveImage("b");
                tx.PutImage(tx.FindImage("a")! with { Name = "renamed" });
                tx.PutMember(new ImageMember("a", "p2", "pending", tx.Now, tx.Now));
                tx.PutMember(new ImageMember("a", "p3", "pending", tx.Now, tx.Now));
                return 0;
            });
            state.Run(tx =>
            {
                tx.RemoveMember("a", "p3");
                tx.PutMember(tx.FindMember("a", "p2")! with { Status = "accepted", VaultId = "vault" });
                var exported = new BucketObject("bucket", "c.qcow2", 42);
                tx.StartJob("imsNativeExportImageJob", tx.DefaultProjectId, "{\"image_id\":\"c\"}", new[] { "c" }, writesObject: exported);
                return 0;
            });
            state.Run(tx =>
            {
                tx.PutObject(new BucketObject(DefaultInventory.Bucket, "centos7.qcow2", 7));
                return 0;
            });
            clock.Advance(TimeSpan.FromMinutes(1));
            state.Run(tx => 0); // settles the job
            Assert.Equal("active", state.Catalogue.Find("c")!.Status);
            Assert.Equal(5, state.Version);
        }

        /// <summary>The whole state, as a snapshot writes it: equal text, equal state.</summary>
        private static string Json(ImageCatalogue catalogue, ImsStateData data) =>
            JsonSerializer.Serialize(StateFile.DocumentOf(catalogue.ProjectId, catalogue.Images, data), StateJsonContext.Default.StateDocument);

        private static (ImsState State, FakeTimeProvider Clock) NewState(Action<ImsJobOptions>? jobs = null, StateFile? file = null)
        {
            var clock = new FakeTimeProvider(Start);
            var options = new ImsJobOptions();
            jobs?.Invoke(options);
            var catalogue = new ImageCatalogue(CatalogueOptions.DefaultProjectId, Array.Empty<CatalogueImage>());
            return (new ImsState(catalogue, ImsStateData.From(new InventoryOptions()), options, clock, file), clock);
        }

        public void Dispose() => _folder.Delete(recursive: true);
    }
}
