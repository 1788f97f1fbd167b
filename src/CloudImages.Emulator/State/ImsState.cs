using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>Everything the emulator knows: images, members, jobs and the inventory. Each request runs as one
    /// <see cref="ImsTransaction"/> under one lock, so a write is applied whole or not at all, and writes never
    /// interleave. With a state file, a write is on disk (a line of its journal) before it is acknowledged.</summary>
    internal sealed class ImsState
    {
        private readonly object _gate = new();
        private readonly StateFile? _file;
        private ImsStateData _data;

        public ImsState(ImageCatalogue catalogue, ImsStateData data, ImsJobOptions jobs, TimeProvider clock, StateFile? file)
        {
            Catalogue = catalogue;
            _data = data;
            Jobs = jobs;
            Clock = clock;
            _file = file;
        }

        public ImageCatalogue Catalogue { get; }

        public ImsJobOptions Jobs { get; }

        public TimeProvider Clock { get; }

        /// <summary>How many writes have been committed.</summary>
        public long Version { get; private set; }

        /// <summary>A copy of the members, jobs and inventory, as they are now.</summary>
        public ImsStateData Data
        {
            get
            {
                lock (_gate)
                {
                    return _data;
                }
            }
        }

        /// <summary>Runs <paramref name="work"/> alone; what it changed is committed (and saved) when it returns, and
        /// dropped when it throws. Jobs whose time is up are settled first, in the same transaction.</summary>
        public T Run<T>(Func<ImsTransaction, T> work)
        {
            lock (_gate)
            {
                var transaction = new ImsTransaction(this, _data, Clock.GetUtcNow());
                transaction.SettleJobs();
                var result = work(transaction);
                if (transaction.HasChanges)
                {
                    Commit(transaction);
                }

                return result;
            }
        }

        /// <summary>Writes a snapshot of the state now, and empties the journal (every write is appended to it).</summary>
        public void Save()
        {
            lock (_gate)
            {
                _file?.Save(Catalogue.ProjectId, Catalogue.Images, _data);
            }
        }

        // Callers hold _gate. On the disk first: a write whose journal line cannot be saved is not applied either.
        private void Commit(ImsTransaction transaction)
        {
            var change = transaction.Changes();
            if (_file is not null)
            {
                if (_file.JournalIsLong)
                {
                    // Folded into a snapshot of the state before this write, so that a restart has little to replay.
                    _file.Save(Catalogue.ProjectId, Catalogue.Images, _data);
                }

                _file.Append(change);
            }

            _data = change.ApplyTo(Catalogue, _data);
            Version++;
        }
    }

    /// <summary>The state beside the images, immutable: a transaction edits a copy and the commit swaps it in.</summary>
    internal sealed record ImsStateData
    {
        public ImmutableDictionary<string, ImageMember> Members { get; init; } = ImmutableDictionary.Create<string, ImageMember>(StringComparer.Ordinal);

        public ImmutableDictionary<string, ImsJob> Jobs { get; init; } = ImmutableDictionary.Create<string, ImsJob>(StringComparer.Ordinal);

        public ImmutableList<EcsServer> Servers { get; init; } = ImmutableList<EcsServer>.Empty;

        public ImmutableList<EvsVolume> Volumes { get; init; } = ImmutableList<EvsVolume>.Empty;

        public ImmutableList<BucketObject> BucketObjects { get; init; } = ImmutableList<BucketObject>.Empty;

        public int ImageQuota { get; init; } = 10_000;

        public static string MemberKey(string imageId, string projectId) => imageId + "\n" + projectId;

        /// <summary>This state with <paramref name="written"/> as the last object, replacing one with its bucket and key.</summary>
        public ImsStateData WithObject(BucketObject written) => this with
        {
            BucketObjects = BucketObjects.RemoveAll(o => o.Bucket == written.Bucket && o.Key == written.Key).Add(written),
        };

        public static ImsStateData From(InventoryOptions inventory) => new()
        {
            Servers = inventory.Servers.ToImmutableList(),
            Volumes = inventory.Volumes.ToImmutableList(),
            BucketObjects = inventory.BucketObjects.ToImmutableList(),
            ImageQuota = inventory.ImageQuota,
        };
    }
}
