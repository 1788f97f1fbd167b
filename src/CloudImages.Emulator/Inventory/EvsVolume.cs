namespace CloudImages.Emulator
{
    /// <summary>An EVS disk: the system disk of an ECS, or a data disk an image can be made from.</summary>
    /// <param name="Id">The volume id.</param>
    /// <param name="SizeGb">Its size in GB.</param>
    /// <param name="Bootable">True for a system disk.</param>
    public sealed record EvsVolume(string Id, int SizeGb, bool Bootable)
    {
        /// <summary>The ECS it is attached to, or null.</summary>
        public string? ServerId { get; init; }

        /// <summary>The volume's project.</summary>
        public string? ProjectId { get; init; }
    }
}
