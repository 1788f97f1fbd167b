using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>One request's view of the state and its pending changes. Reads see the changes made so far; nothing
    /// is visible to others until the request succeeds. Validate, then change: a refusal thrown after a change
    /// still drops it.</summary>
    internal sealed class ImsTransaction
    {
        private readonly ImsState _state;
        private readonly Dictionary<string, CatalogueImage?> _images = new(StringComparer.Ordinal);
        private readonly ImsStateData _original;
        // What the request touched, for its journal line: members by key, jobs by id, objects by bucket and key.
        private readonly Dictionary<string, MemberId> _members = new(StringComparer.Ordinal);
        private readonly HashSet<string> _jobs = new(StringComparer.Ordinal);
        private readonly HashSet<(string Bucket, string Key)> _objects = new();
        private ImsStateData _data;
        private bool _changed;

        public ImsTransaction(ImsState state, ImsStateData data, DateTimeOffset now)
        {
            _state = state;
            _original = data;
            _data = data;
            Now = now;
        }

        /// <summary>The emulator's clock at the start of the request.</summary>
        public DateTimeOffset Now { get; }

        /// <summary>The caller of the default catalogue: the owner of its private images.</summary>
        public string DefaultProjectId => _state.Catalogue.ProjectId;

        public bool HasChanges => _changed;

        public ImsStateData Data => _data;

        // Images

        public CatalogueImage? FindImage(string id) =>
            _images.TryGetValue(id, out var changed) ? changed : _state.Catalogue.Find(id);

        /// <summary>Every image, in catalogue order, then the ones this request added.</summary>
        public IEnumerable<CatalogueImage> Images()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var image in _state.Catalogue.Images)
            {
                seen.Add(image.Id);
                if (!_images.TryGetValue(image.Id, out var changed))
                {
                    yield return image;
                }
                else if (changed is not null)
                {
                    yield return changed;
                }
            }

            foreach (var (id, image) in _images)
            {
                if (image is not null && !seen.Contains(id))
                {
                    yield return image;
                }
            }
        }

        /// <summary>Adds <paramref name="image"/>, or replaces the image with its id.</summary>
        public void PutImage(CatalogueImage image)
        {
            _images[image.Id] = image;
            _changed = true;
        }

        public void RemoveImage(string id)
        {
            _images[id] = null;
            _changed = true;
        }

        /// <summary>The images <paramref name="projectId"/> sees, as it sees them (<see cref="CallerView"/>).</summary>
        public IEnumerable<CatalogueImage> ImagesSeenBy(string projectId) => CallerView.Of(this, projectId);

        /// <summary>The image <paramref name="projectId"/> sees with <paramref name="id"/>, as it sees it; null when it
        /// does not exist or is not visible to that project.</summary>
        public CatalogueImage? FindImageSeenBy(string projectId, string id) => CallerView.Find(this, projectId, id);

        /// <summary>True when <paramref name="projectId"/> owns <paramref name="image"/>: only the owner changes an
        /// image, members and everyone else only see it. An image without an owner is the default project's.</summary>
        public bool Owns(string projectId, CatalogueImage image) =>
            string.Equals(image.Owner ?? DefaultProjectId, projectId, StringComparison.Ordinal);

        // Members

        public ImageMember? FindMember(string imageId, string projectId) =>
            _data.Members.GetValueOrDefault(ImsStateData.MemberKey(imageId, projectId));

        /// <summary>The members of an image, in the order they were added.</summary>
        public IReadOnlyList<ImageMember> MembersOf(string imageId) =>
            _data.Members.Values.Where(m => string.Equals(m.ImageId, imageId, StringComparison.Ordinal)).OrderBy(m => m.CreatedAt).ThenBy(m => m.ProjectId, StringComparer.Ordinal).ToList();

        public void PutMember(ImageMember member)
        {
            var key = ImsStateData.MemberKey(member.ImageId, member.ProjectId);
            _members[key] = new MemberId(member.ImageId, member.ProjectId);
            Change(_data with { Members = _data.Members.SetItem(key, member) });
        }

        public void RemoveMember(string imageId, string projectId)
        {
            var key = ImsStateData.MemberKey(imageId, projectId);
            _members[key] = new MemberId(imageId, projectId);
            Change(_data with { Members = _data.Members.Remove(key) });
        }

        // Jobs

        public ImsJob? FindJob(string id) => _data.Jobs.GetValueOrDefault(id);

        public void PutJob(ImsJob job)
        {
            _jobs.Add(job.Id);
            Change(_data with { Jobs = _data.Jobs.SetItem(job.Id, job) });
        }

        /// <summary>Starts a job of <paramref name="type"/> now, with the configured durations and any failure
        /// injected for its type; its images are queued until it ends.</summary>
        public ImsJob StartJob(string type, string projectId, string entitiesJson, IReadOnlyList<string>? imageIds = null, IReadOnlyList<ImsSubJob>? subJobs = null, BucketObject? writesObject = null)
        {
            var options = _state.Jobs;
            options.Failures.TryGetValue(type, out var failure);
            var job = new ImsJob
            {
                Id = NewJobId(),
                Type = type,
                ProjectId = projectId,
                BeginTime = Now,
                InitFor = options.InitDuration,
                RunFor = options.RunDurations.TryGetValue(type, out var run) ? run : options.RunDuration,
                FailCode = failure?.ErrorCode,
                FailReason = failure?.FailReason,
                EntitiesJson = entitiesJson,
                SubJobs = subJobs ?? Array.Empty<ImsSubJob>(),
                ImageIds = imageIds ?? Array.Empty<string>(),
                WritesObject = writesObject,
            };
            PutJob(job);
            return job;
        }

        /// <summary>Applies the end of every job whose time is up: its images become active (or killed), its object
        /// is written.</summary>
        public void SettleJobs()
        {
            foreach (var job in _data.Jobs.Values)
            {
                if (job.Settled || job.EndTime > Now)
                {
                    continue;
                }

                var succeeded = job.FailCode is null;
                foreach (var id in job.ImageIds)
                {
                    if (FindImage(id) is { } image)
                    {
                        PutImage(succeeded
                            ? image with { Status = "active", IsRegistered = true, ActiveAt = job.EndTime, UpdatedAt = job.EndTime }
                            : image with { Status = "killed", UpdatedAt = job.EndTime });
                    }
                }

                if (succeeded && job.WritesObject is { } written)
                {
                    PutObject(written);
                }

                PutJob(job with { Settled = true });
            }
        }

        // Inventory

        public EcsServer? FindServer(string id) => _data.Servers.Find(s => string.Equals(s.Id, id, StringComparison.Ordinal));

        public EvsVolume? FindVolume(string id) => _data.Volumes.Find(v => string.Equals(v.Id, id, StringComparison.Ordinal));

        public BucketObject? FindObject(string bucket, string key) =>
            _data.BucketObjects.Find(o => string.Equals(o.Bucket, bucket, StringComparison.Ordinal) && string.Equals(o.Key, key, StringComparison.Ordinal));

        /// <summary>Writes an object, replacing one with the same bucket and key.</summary>
        public void PutObject(BucketObject written)
        {
            _objects.Add((written.Bucket, written.Key));
            Change(_data.WithObject(written));
        }

        public int ImageQuota => _data.ImageQuota;

        /// <summary>A new resource id: a UUID, as IMS's are.</summary>
        public static string NewId() => Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture);

        /// <summary>A new job id: 32 hexadecimal digits, as the job page's examples show.</summary>
        public static string NewJobId() => Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);

        /// <summary>What this request changed, as its journal line: the final value of everything it touched.</summary>
        internal StateChange Changes() => new()
        {
            Images = StateChange.ListOrNull(_images.Values.OfType<CatalogueImage>()),
            RemovedImages = StateChange.ListOrNull(_images.Where(p => p.Value is null).Select(p => p.Key)),
            Members = StateChange.ListOrNull(_members.Keys.Select(k => _data.Members.GetValueOrDefault(k)).OfType<ImageMember>()),
            RemovedMembers = StateChange.ListOrNull(_members.Where(p => !_data.Members.ContainsKey(p.Key)).Select(p => p.Value)),
            Jobs = StateChange.ListOrNull(_jobs.Select(id => _data.Jobs[id])),
            // In list order: every put moved its object to the end, so putting them again in this order gives this list.
            BucketObjects = StateChange.ListOrNull(_data.BucketObjects.Where(o => _objects.Contains((o.Bucket, o.Key)))),
            ImageQuota = _data.ImageQuota == _original.ImageQuota ? null : _data.ImageQuota,
        };

        private void Change(ImsStateData data)
        {
            _data = data;
            _changed = true;
        }
    }
}
