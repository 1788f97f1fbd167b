using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>One committed write, as a line of the state journal: exactly what its transaction changed, as whole
    /// records put and ids removed. Lists that would be empty are null, and left out of the line.</summary>
    /// <remarks>Replaying a journal onto a newer snapshot (one that already holds some of its writes, as after a crash
    /// between writing the snapshot and deleting the journal) gives the same state: members and jobs are keyed, so
    /// the last put or remove of a key wins; a put object moves to the end of its list, so the order is that of the
    /// last puts; an image put replaces the one with its id in place or is appended, and a removed id is never put
    /// again (image ids are new UUIDs), so the catalogue's order is the same too.</remarks>
    internal sealed class StateChange
    {
        /// <summary>Images added or replaced, in the order the transaction first touched them.</summary>
        public List<CatalogueImage>? Images { get; set; }

        public List<string>? RemovedImages { get; set; }

        public List<ImageMember>? Members { get; set; }

        public List<MemberId>? RemovedMembers { get; set; }

        public List<ImsJob>? Jobs { get; set; }

        /// <summary>Objects written, in the order of their last write.</summary>
        public List<BucketObject>? BucketObjects { get; set; }

        /// <summary>The new quota, when it changed.</summary>
        public int? ImageQuota { get; set; }

        /// <summary>Applies the write to <paramref name="catalogue"/> and returns the rest of the state after it: the
        /// one way both a commit and a replay change the state.</summary>
        public ImsStateData ApplyTo(ImageCatalogue catalogue, ImsStateData data)
        {
            catalogue.Apply(Images ?? new List<CatalogueImage>(), RemovedImages ?? new List<string>());
            var puts = (Members ?? Enumerable.Empty<ImageMember>()).Select(m => KeyValuePair.Create(ImsStateData.MemberKey(m.ImageId, m.ProjectId), m));
            var removes = (RemovedMembers ?? Enumerable.Empty<MemberId>()).Select(m => ImsStateData.MemberKey(m.ImageId, m.ProjectId));
            var next = data with
            {
                Members = data.Members.SetItems(puts).RemoveRange(removes),
                Jobs = data.Jobs.SetItems((Jobs ?? Enumerable.Empty<ImsJob>()).Select(j => KeyValuePair.Create(j.Id, j))),
                ImageQuota = ImageQuota ?? data.ImageQuota,
            };
            foreach (var written in BucketObjects ?? Enumerable.Empty<BucketObject>())
            {
                next = next.WithObject(written);
            }

            return next;
        }

        /// <summary>The entries, or null when there are none.</summary>
        public static List<T>? ListOrNull<T>(IEnumerable<T> entries)
        {
            var list = entries.ToList();
            return list.Count == 0 ? null : list;
        }
    }

    /// <summary>A member by its image and project: how the journal names a removed one.</summary>
    internal sealed record MemberId(string ImageId, string ProjectId);
}
