using System;

namespace CloudImages.Emulator
{
    /// <summary>A project an image is shared with, and what that project answered.</summary>
    /// <param name="ImageId">The shared image.</param>
    /// <param name="ProjectId">The member project.</param>
    /// <param name="Status">pending, accepted or rejected.</param>
    /// <param name="CreatedAt">When the member was added.</param>
    /// <param name="UpdatedAt">When the status last changed.</param>
    public sealed record ImageMember(string ImageId, string ProjectId, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
    {
        /// <summary>The CBR vault the member keeps a full-ECS image in, when it accepted one (<c>vault_id</c>).</summary>
        public string? VaultId { get; init; }
    }
}
