using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace CloudImages.Emulator
{
    /// <summary>The membership rules both sharing APIs (IMS-native and OpenStack-native) apply to the one member
    /// state, from "Restrictions on Image Sharing".</summary>
    /// <remarks>The generated catalogue names a member status on images other projects share with the default
    /// project; that project is treated as their member here too, so it can accept or reject them, and their owners
    /// see it among the members.</remarks>
    internal static partial class ImageMembership
    {
        public const string Pending = "pending";
        public const string Accepted = "accepted";
        public const string Rejected = "rejected";

        /// <summary>"A system disk image or data disk image can be shared with a maximum of 256 tenants".</summary>
        public const int MaxMembers = 256;

        /// <summary>"... and a full-ECS image can be shared with a maximum of 10 tenants."</summary>
        public const int MaxWholeImageMembers = 10;

        /// <summary>The statuses a member may answer with.</summary>
        public static readonly string[] Decisions = { Accepted, Rejected };

        /// <summary>The membership of <paramref name="projectId"/> in the stored <paramref name="image"/>, or null.</summary>
        public static ImageMember? Find(ImsTransaction state, CatalogueImage image, string projectId) =>
            state.FindMember(image.Id, projectId) ?? (IsImplicitMember(state, image, projectId) ? Implicit(state, image) : null);

        /// <summary>Every member of the stored <paramref name="image"/>, in the order they were added.</summary>
        public static IReadOnlyList<ImageMember> All(ImsTransaction state, CatalogueImage image)
        {
            var members = state.MembersOf(image.Id);
            var implicitMember = IsImplicitMember(state, image, state.DefaultProjectId) && state.FindMember(image.Id, state.DefaultProjectId) is null;
            return implicitMember ? members.Prepend(Implicit(state, image)).ToList() : members;
        }

        /// <summary>Ends the membership of <paramref name="projectId"/> (including one the catalogue names).</summary>
        public static void Remove(ImsTransaction state, CatalogueImage image, string projectId)
        {
            state.RemoveMember(image.Id, projectId);
            if (IsImplicitMember(state, image, projectId))
            {
                state.PutImage(image with { MemberStatus = null });
            }
        }

        /// <summary>Records the answer of a member: its status, and the vault it keeps an accepted full-ECS image in.</summary>
        public static ImageMember Decide(ImsTransaction state, ImageMember member, string status, string? vaultId)
        {
            var decided = member with { Status = status, UpdatedAt = state.Now, VaultId = status == Accepted ? vaultId : member.VaultId };
            state.PutMember(decided);
            return decided;
        }

        /// <summary>Refuses to share an image the rules keep private: a public image, or a full-ECS image not made
        /// from a backup ("Only full-ECS images created from CBR backups can be shared").</summary>
        public static void EnsureShareable(CatalogueImage image)
        {
            if (string.Equals(image.Visibility, "public", StringComparison.Ordinal))
            {
                throw ImsErrors.Refuse("IMG.0089", $"image {image.Id} is public.");
            }

            if (image.WholeImage && string.IsNullOrEmpty(image.BackupId))
            {
                throw ImsErrors.Refuse("IMG.0135", $"image {image.Id} is a full-ECS image not created from a CBR backup.");
            }
        }

        /// <summary>Refuses adding <paramref name="added"/> new members beyond the image's limit.</summary>
        public static void EnsureRoomFor(ImsTransaction state, CatalogueImage image, int added)
        {
            var limit = image.WholeImage ? MaxWholeImageMembers : MaxMembers;
            var count = All(state, image).Count;
            if (count + added > limit)
            {
                throw ImsErrors.Refuse("IMG.0088", $"image {image.Id} has {count} members; it can be shared with at most {limit} tenants.");
            }
        }

        /// <summary>Refuses accepting a full-ECS image without the vault to keep it in ("vault_id ... is mandatory if
        /// you want to accept a shared full-ECS image created from a CBR backup").</summary>
        public static void EnsureVaultGiven(CatalogueImage image, string status, string? vaultId)
        {
            if (image.WholeImage && status == Accepted && string.IsNullOrEmpty(vaultId))
            {
                var detail = $"vault_id is missing: it is mandatory to accept the full-ECS image {image.Id}.";
                throw new ImsRequestException(ImsErrors.InvalidRequest(detail));
            }
        }

        /// <summary>Refuses a project ID that is not one (32 lowercase hexadecimal digits, as IAM issues them), or
        /// the caller's own.</summary>
        public static void EnsureProject(string projectId, string caller)
        {
            if (!ProjectPattern().IsMatch(projectId))
            {
                throw ImsErrors.Refuse("IMG.0067", $"'{projectId}' is not a project ID.");
            }

            if (string.Equals(projectId, caller, StringComparison.Ordinal))
            {
                throw ImsErrors.Refuse("IMG.0076", $"project {projectId} owns the image.");
            }
        }

        /// <summary>The status a member answers with: accepted or rejected.</summary>
        public static string Decision(JsonBody body)
        {
            var status = body.RequiredString("status");
            return Array.IndexOf(Decisions, status) >= 0
                ? status
                : throw new ImsRequestException(ImsErrors.InvalidRequest($"status must be accepted or rejected, not '{status}'."));
        }

        private static bool IsImplicitMember(ImsTransaction state, CatalogueImage image, string projectId) =>
            image.MemberStatus is not null
            && string.Equals(projectId, state.DefaultProjectId, StringComparison.Ordinal)
            && !state.Owns(projectId, image);

        private static ImageMember Implicit(ImsTransaction state, CatalogueImage image) =>
            new(image.Id, state.DefaultProjectId, image.MemberStatus!, image.CreatedAt, image.UpdatedAt);

        [GeneratedRegex(@"\A[0-9a-f]{32}\z")]
        private static partial Regex ProjectPattern();
    }
}
