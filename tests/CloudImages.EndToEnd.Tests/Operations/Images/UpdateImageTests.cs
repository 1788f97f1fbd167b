using System.Net;
using CloudImages.Emulator;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Images.ImageManagementFixture;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>PATCH /v2/cloudimages/{image_id}: JSON Patch on the documented attributes and extension attributes,
    /// all operations or none, by the owner of an active image.</summary>
    public sealed class UpdateImageTests
    {
        [Fact]
        public async Task Replacing_the_name_answers_and_stores_the_renamed_image()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "before");
            s.Clock.Advance(TimeSpan.FromMinutes(5));

            var updated = await UpdateAsync(s, image.Id, new UpdateImagePatch().ReplaceName("ims_test"));

            Assert.Equal("ims_test", updated.Name);
            Assert.Equal(image.Id, updated.Id);
            Assert.Equal(ImageStatus.Active, updated.Status);
            Assert.Equal(s.Clock.GetUtcNow().ToUnixTimeSeconds(), updated.UpdatedAt?.ToUnixTimeSeconds());
            var stored = Stored(s, image.Id);
            Assert.Equal("ims_test", stored.Name);
            Assert.Equal(image with { Name = "ims_test", UpdatedAt = stored.UpdatedAt }, stored);
        }

        [Fact]
        public async Task Several_operations_apply_in_order()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "tuned", i => i with { Description = "old", HwFirmwareType = "bios" });
            var patch = new UpdateImagePatch()
                .ReplaceDescription("first")
                .AddDescription("second")
                .ReplaceMinRam(1024)
                .AddMaxRam(8192)
                .AddSupportLargeMemory(true)
                .AddSupportKvmGpuType(KvmGpuType.V100)
                .ReplaceHwFirmwareType(FirmwareType.Uefi)
                .AddHwVifMultiqueueEnabled(true)
                .AddEnterpriseProjectId("b7f2a1d4-3c5e-4f60-8a9b-0c1d2e3f4a5b")
                .AddIsConfigInit(true)
                .AddExtension("__custom_mark", "blue");

            var updated = await UpdateAsync(s, image.Id, patch);

            Assert.Equal("second", updated.Description);
            Assert.Equal(1024, updated.MinRam);
            Assert.Equal("8192", updated.MaxRam);
            Assert.True(updated.SupportLargeMemory);
            Assert.Equal(KvmGpuType.V100, updated.SupportKvmGpuType);
            Assert.Equal(FirmwareType.Uefi, updated.HwFirmwareType);
            Assert.True(updated.HwVifMultiqueueEnabled);
            Assert.Equal("b7f2a1d4-3c5e-4f60-8a9b-0c1d2e3f4a5b", updated.EnterpriseProjectId);
            Assert.Equal("blue", updated.AdditionalProperties?["__custom_mark"].GetString());
            Assert.Equal("true", updated.AdditionalProperties?["__is_config_init"].GetString());
            var stored = Stored(s, image.Id);
            Assert.Equal(("second", 1024, "8192", "uefi"), (stored.Description, stored.MinRam, stored.MaxRam, stored.HwFirmwareType));
            Assert.Equal("blue", stored.Properties["__custom_mark"]);
        }

        [Fact]
        public async Task Extension_attributes_are_kept_in_the_state_file()
        {
            var path = Path.Combine(Path.GetTempPath(), $"ims-state-{Guid.NewGuid():N}.json");
            try
            {
                string id;
                await using (var s = await ImsSession.StartAsync(configure: o => o.StateFile = path))
                {
                    id = AddImage(s, "kept").Id;
                    await UpdateAsync(s, id, new UpdateImagePatch().AddExtension("__custom_mark", "blue").AddIsConfigInit(false));
                }

                await using var restarted = await ImsSession.StartAsync(configure: o => o.StateFile = path);
                var properties = Stored(restarted, id).Properties;
                Assert.Equal(new Dictionary<string, string> { ["__custom_mark"] = "blue", ["__is_config_init"] = "false" }, properties);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public async Task Removing_takes_attributes_away_or_back_to_their_default()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "trimmed", i => i with
            {
                Description = "gone soon",
                MinRam = 2048,
                SupportXen = true,
                EnterpriseProjectId = "b7f2a1d4-3c5e-4f60-8a9b-0c1d2e3f4a5b",
                Properties = new Dictionary<string, string> { ["__custom_mark"] = "blue" },
            });
            var patch = new UpdateImagePatch()
                .RemoveDescription()
                .RemoveMinRam()
                .RemoveSupportXen()
                .RemoveEnterpriseProjectId()
                .RemoveExtension("__custom_mark");

            var updated = await UpdateAsync(s, image.Id, patch);

            Assert.Null(updated.Description);
            Assert.Equal(0, updated.MinRam);
            Assert.Null(updated.SupportXen);
            Assert.Equal("0", updated.EnterpriseProjectId);
            Assert.Null(updated.AdditionalProperties);
            var stored = Stored(s, image.Id);
            Assert.Equal((null, 0, false, "0"), (stored.Description, stored.MinRam, stored.SupportXen, stored.EnterpriseProjectId));
            Assert.Empty(stored.Properties);
        }

        [Fact]
        public async Task One_bad_operation_changes_nothing()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "untouched");
            var patch = new UpdateImagePatch().ReplaceName("renamed").AddDescription("described").AddSupportXen(true).ReplaceMinRam(-1);

            await BadRequestAsync(() => UpdateAsync(s, image.Id, patch), "IMG.0055");

            Assert.Equal(image, Stored(s, image.Id));
        }

        [Fact]
        public async Task A_failure_in_the_last_operation_changes_nothing()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "untouched");
            var patch = new UpdateImagePatch().ReplaceName("renamed").AddDescription("described").RemoveSupportXen();

            await BadRequestAsync(() => UpdateAsync(s, image.Id, patch), "IMG.0035");

            Assert.Equal(image, Stored(s, image.Id));
        }

        [Fact]
        public async Task Replacing_or_removing_an_absent_attribute_is_IMG_0035()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "plain");

            await BadRequestAsync(() => UpdateAsync(s, image.Id, new UpdateImagePatch().ReplaceDescription("x")), "IMG.0035");
            await BadRequestAsync(() => UpdateAsync(s, image.Id, new UpdateImagePatch().RemoveMaxRam()), "IMG.0035");
            await BadRequestAsync(() => UpdateAsync(s, image.Id, new UpdateImagePatch().RemoveExtension("__never_set")), "IMG.0035");
            Assert.Equal(image, Stored(s, image.Id));
        }

        [Fact]
        public async Task Attributes_that_cannot_co_exist_are_IMG_0035()
        {
            await using var s = await ImsSession.StartAsync();
            var xen = AddImage(s, "xen", i => i with { SupportXen = true });
            var kvm = AddImage(s, "kvm", i => i with { SupportKvm = true });

            await BadRequestAsync(() => UpdateAsync(s, xen.Id, new UpdateImagePatch().AddSupportXenHana(true)), "IMG.0035");
            await BadRequestAsync(() => UpdateAsync(s, kvm.Id, new UpdateImagePatch().AddSupportXenHana(true)), "IMG.0035");
            await BadRequestAsync(() => UpdateAsync(s, xen.Id, new UpdateImagePatch().AddSupportKvmInfiniBand(true)), "IMG.0035");

            var fixedUp = await UpdateAsync(s, xen.Id, new UpdateImagePatch().RemoveSupportXen().AddSupportKvmInfiniBand(true));
            Assert.Equal((null, true), (fixedUp.SupportXen, fixedUp.SupportKvmInfiniBand));
        }

        [Fact]
        public async Task A_minimum_memory_above_the_maximum_is_IMG_0055()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "memory", i => i with { MaxRam = "4096" });

            await BadRequestAsync(() => UpdateAsync(s, image.Id, new UpdateImagePatch().ReplaceMinRam(8192)), "IMG.0055");
        }

        [Theory]
        [InlineData("", "IMG.0013")]
        [InlineData(" leading space", "IMG.0003")]
        [InlineData("semi;colon", "IMG.0003")]
        public async Task A_bad_name_is_refused_with_its_code(string name, string code)
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "named");

            await BadRequestAsync(() => UpdateAsync(s, image.Id, new UpdateImagePatch().ReplaceName(name)), code);
        }

        [Fact]
        public async Task Lengths_and_formats_of_values_are_refused_with_their_codes()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "checked");

            Task Update(UpdateImagePatch patch) => UpdateAsync(s, image.Id, patch);
            await BadRequestAsync(() => Update(new UpdateImagePatch().ReplaceName(new string('n', 129))), "IMG.0002");
            await BadRequestAsync(() => Update(new UpdateImagePatch().AddDescription(new string('d', 1025))), "IMG.0004");
            await BadRequestAsync(() => Update(new UpdateImagePatch().AddDescription("<b>bold</b>")), "IMG.0054");
            await BadRequestAsync(() => Update(new UpdateImagePatch().ReplaceEnterpriseProjectId("finance")), "IMG.0155");
            await BadRequestAsync(() => Update(new UpdateImagePatch().AddExtension("status", "deleted")), "IMG.0001");
            Assert.Equal(image, Stored(s, image.Id));
        }

        [Fact]
        public async Task An_unknown_image_is_IMG_0027()
        {
            await using var s = await ImsSession.StartAsync();

            await BadRequestAsync(
                () => UpdateAsync(s, Guid.NewGuid().ToString(), new UpdateImagePatch().ReplaceName("x")),
                "IMG.0027");
        }

        [Fact]
        public async Task Only_the_owner_updates_an_image()
        {
            await using var s = await ImsSession.StartAsync();
            var shared = AddImage(s, "shared-with-me", i => SharedWithOwner(i));
            var publicImage = AddImage(s, "public", Public);

            foreach (var image in new[] { shared, publicImage })
            {
                await RefusedAsync(
                    () => UpdateAsync(s, image.Id, new UpdateImagePatch().ReplaceName("mine")),
                    HttpStatusCode.Forbidden,
                    "IMG.0026");
                Assert.Equal(image, Stored(s, image.Id));
            }
        }

        [Fact]
        public async Task An_image_that_is_not_active_is_IMG_0046()
        {
            await using var s = await ImsSession.StartAsync();
            var queued = AddImage(s, "queued", i => i with { Status = "queued" });

            await BadRequestAsync(() => UpdateAsync(s, queued.Id, new UpdateImagePatch().ReplaceName("x")), "IMG.0046");
        }

        [Fact]
        public async Task An_empty_patch_answers_the_image_unchanged()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "same");

            var (status, _) = await SendRawAsync(s, "PATCH", $"v2/cloudimages/{image.Id}", "[]");

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(image, Stored(s, image.Id));
        }

        [Theory]
        [InlineData("", "IMG.0007")]
        [InlineData("[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"x\"}", "IMG.0001")]
        [InlineData("{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"x\"}", "IMG.0001")]
        [InlineData("[\"replace\"]", "IMG.0001")]
        [InlineData("[{\"path\":\"/name\",\"value\":\"x\"}]", "IMG.0001")]
        [InlineData("[{\"op\":\"move\",\"path\":\"/name\",\"value\":\"x\"}]", "IMG.0001")]
        [InlineData("[{\"op\":\"replace\",\"path\":\"name\",\"value\":\"x\"}]", "IMG.0001")]
        [InlineData("[{\"op\":\"replace\",\"path\":\"/name/first\",\"value\":\"x\"}]", "IMG.0001")]
        [InlineData("[{\"op\":\"replace\",\"path\":\"/name\"}]", "IMG.0001")]
        [InlineData("[{\"op\":\"replace\",\"path\":\"/name\",\"value\":7}]", "IMG.0001")]
        [InlineData("[{\"op\":\"remove\",\"path\":\"/name\"}]", "IMG.0001")]
        [InlineData("[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"deleted\"}]", "IMG.0001")]
        [InlineData("[{\"op\":\"add\",\"path\":\"/Custom\",\"value\":\"x\"}]", "IMG.0001")]
        [InlineData("[{\"op\":\"replace\",\"path\":\"/__custom\",\"value\":\"x\"}]", "IMG.0001")]
        [InlineData("[{\"op\":\"add\",\"path\":\"/__support_xen\",\"value\":\"yes\"}]", "IMG.0001")]
        [InlineData("[{\"op\":\"add\",\"path\":\"/__support_kvm_gpu_type\",\"value\":\"A100\"}]", "IMG.0001")]
        [InlineData("[{\"op\":\"add\",\"path\":\"/hw_firmware_type\",\"value\":\"coreboot\"}]", "IMG.0141")]
        [InlineData("[{\"op\":\"replace\",\"path\":\"/min_ram\",\"value\":\"lots\"}]", "IMG.0055")]
        public async Task A_malformed_patch_is_a_400_that_changes_nothing(string body, string code)
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "kept");

            await RawRefusedAsync(s, "PATCH", $"v2/cloudimages/{image.Id}", body, code);
            Assert.Equal(image, Stored(s, image.Id));
        }

        private static Task<UpdatedImage> UpdateAsync(ImsSession s, string id, UpdateImagePatch patch) =>
            s.Owner.UpdateImageAsync(new UpdateImageRequest { ImageId = id, Patch = patch });
    }
}
