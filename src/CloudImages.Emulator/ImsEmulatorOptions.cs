using System;

namespace CloudImages.Emulator
{
    /// <summary>How an <see cref="ImsEmulator"/> starts. Every part is optional: the default is the generated
    /// catalogue of 3,000 images, no authentication and no faults.</summary>
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

        /// <summary>The emulator's clock, against which a signed request's <c>X-Sdk-Date</c> is checked.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
    }
}
