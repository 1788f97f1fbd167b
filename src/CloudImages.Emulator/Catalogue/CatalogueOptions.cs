using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>What the emulator's catalogue starts with.</summary>
    public sealed class CatalogueOptions
    {
        /// <summary>The project id of the caller, who owns the private images.</summary>
        public const string DefaultProjectId = "5a3f2b6c8d9e4f0a9b1c2d3e4f5a6b7c";

        /// <summary>Seeds the generator: the same seed and count give the same images, on every machine.</summary>
        public int Seed { get; set; } = 20181028;

        /// <summary>How many images to generate; 0 for none (only <see cref="Images"/>). The default is 3,000.</summary>
        public int GeneratedImageCount { get; set; } = 3000;

        /// <summary>The caller's project id.</summary>
        public string ProjectId { get; set; } = DefaultProjectId;

        /// <summary>Images of your own, added after the generated ones. Their ids must not clash.</summary>
        public IList<CatalogueImage> Images { get; } = new List<CatalogueImage>();
    }
}
