using CloudImages.Emulator;

namespace CloudImages.EndToEnd.Tests
{
    public sealed class EmulatorOptionsTests
    {
        [Fact]
        public async Task Fault_rates_outside_0_to_1_or_adding_up_to_more_than_1_are_refused()
        {
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ImsEmulator.StartAsync(new() { Faults = new() { ServiceUnavailableRate = 1.5 } }));
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ImsEmulator.StartAsync(new() { Faults = new() { ServiceUnavailableRate = 0.6, DropConnectionRate = 0.6 } }));
        }

        [Fact]
        public async Task Supplied_images_whose_ids_clash_are_refused()
        {
            var options = new ImsEmulatorOptions { Catalogue = { GeneratedImageCount = 0 } };
            options.Catalogue.Images.Add(new CatalogueImage { Id = "twice", Name = "a" });
            options.Catalogue.Images.Add(new CatalogueImage { Id = "twice", Name = "b" });

            await Assert.ThrowsAsync<ArgumentException>(() => ImsEmulator.StartAsync(options));
        }
    }
}
