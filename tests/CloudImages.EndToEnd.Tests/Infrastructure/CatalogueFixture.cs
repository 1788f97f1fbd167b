using CloudImages.Emulator;
using CloudImages.Ims;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>One emulator with the default catalogue, shared by the tests that only read it.</summary>
    public sealed class CatalogueFixture : IAsyncLifetime
    {
        private TestClient? _client;

        public ImsEmulator Ims { get; private set; } = null!;

        public ImageCatalogue Catalogue => Ims.Catalogue;

        public CloudImagesClient Client => _client!.Client;

        public async Task InitializeAsync()
        {
            Ims = await ImsEmulator.StartAsync();
            _client = TestClient.Create(Ims.BaseAddress);
        }

        public async Task DisposeAsync()
        {
            _client?.Dispose();
            await Ims.DisposeAsync();
        }
    }

    [CollectionDefinition(Name)]
    public sealed class CatalogueCollection : ICollectionFixture<CatalogueFixture>
    {
        public const string Name = "Default catalogue";
    }
}
