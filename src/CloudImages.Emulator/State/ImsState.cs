using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>Everything the emulator knows: images, members, jobs and the inventory. Each request runs as one
    /// <see cref="ImsTransaction"/> under one lock, so a write is applied whole or not at all, and writes never
    /// interleave. With a state file, a write is on disk before it is acknowledged.</summary>
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

        /// <summary>Saves the state now (the file is also written by every write).</summary>
        public void Save()
        {
            lock (_gate)
            {
                _file?.Save(Catalogue.ProjectId, Catalogue.Images, _data);
            }
        }

        // Callers hold _gate. The file first: a write that cannot be saved is not applied either.
        private void Commit(ImsTransaction transaction)
        {
            var (puts, removes, data) = transaction.Changes();
            _file?.Save(Catalogue.ProjectId, transaction.Images(), data);
            Catalogue.Apply(puts, removes);
            _data = data;
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

        public static ImsStateData From(InventoryOptions inventory) => new()
        {
            Servers = inventory.Servers.ToImmutableList(),
            Volumes = inventory.Volumes.ToImmutableList(),
            BucketObjects = inventory.BucketObjects.ToImmutableList(),
            ImageQuota = inventory.ImageQuota,
        };
    }
}
