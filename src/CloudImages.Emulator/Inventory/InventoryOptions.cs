using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>The resources beside the images: ECSs and their disks, and OBS objects. The defaults are a small,
    /// fixed set (see <see cref="DefaultInventory"/>); clear the lists for none.</summary>
    public sealed class InventoryOptions
    {
        /// <summary>The ECSs.</summary>
        public IList<EcsServer> Servers { get; } = new List<EcsServer>(DefaultInventory.Servers);

        /// <summary>The EVS disks.</summary>
        public IList<EvsVolume> Volumes { get; } = new List<EvsVolume>(DefaultInventory.Volumes);

        /// <summary>The OBS objects.</summary>
        public IList<BucketObject> BucketObjects { get; } = new List<BucketObject>(DefaultInventory.BucketObjects);

        /// <summary>How many private images a project may own (the "image" quota); 10,000 by default, above what the
        /// generated catalogue gives its project (1,868 of the default 3,000). Set it low to meet IMG.0015.</summary>
        public int ImageQuota { get; set; } = 10_000;
    }
}
