using System;

namespace CloudImages.Emulator
{
    /// <summary>How an <see cref="ImsEmulator"/> starts. Every part is optional: the default is the generated
    /// catalogue of 3,000 images, the default inventory, jobs of 5 seconds, no authentication, no faults and no
    /// state file.</summary>
    public sealed class ImsEmulatorOptions
    {
        /// <summary>The starting images.</summary>
        public CatalogueOptions Catalogue { get; set; } = new();

        /// <summary>Token and AK/SK authentication; null accepts every request.</summary>
        public ImsAuthOptions? Auth { get; set; }

        /// <summary>Faults at random rates; null for none. Faults can also be queued at run time through
        /// <see cref="ImsEmulator.Faults"/>.</summary>
        public ImsFaultOptions? Faults { get; set; }

        /// <summary>The port to listen on at 127.0.0.1; 0, the default, picks a free one.</summary>
        public int Port { get; set; }

        /// <summary>The emulator's clock: jobs move on it, and a signed request's <c>X-Sdk-Date</c> is checked
        /// against it. Tests give a fake clock and advance it.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>The ECSs, disks and OBS objects images are made from, and the image quota.</summary>
        public InventoryOptions Inventory { get; set; } = new();

        /// <summary>How long jobs take and which fail; kept by reference, so it can be changed while running.</summary>
        public ImsJobOptions Jobs { get; set; } = new();

        /// <summary>A file that keeps the state across restarts: read at start when it exists (then
        /// <see cref="Catalogue"/> and <see cref="Inventory"/> are not used), and every write is saved before it is
        /// answered, as a line of FILE.journal beside it. Null, the default, keeps the state in memory only.</summary>
        public string? StateFile { get; set; }
    }
}
