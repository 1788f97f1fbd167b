using CloudImages.Ims;

namespace CloudImages.Benchmarks.Bodies
{
    /// <summary>UpdateImage's body, a JSON Patch of several operations (the page's example renames the image; this
    /// one also adds, replaces and removes attributes of each documented type), built both ways from the same
    /// values.</summary>
    public static class UpdateImageBody
    {
        /// <summary>The generated document: one typed method per attribute and operation.</summary>
        public static UpdateImagePatch Generated { get; } = new UpdateImagePatch()
            .ReplaceName("ims_test")
            .AddDescription("Hardened base image, built nightly")
            .ReplaceMinRam(2048)
            .ReplaceHwFirmwareType(FirmwareType.Uefi)
            .AddSupportKvmInfiniBand(true)
            .RemoveSupportXen();

        /// <summary>The same operations written by hand; IMS takes every value as a string.</summary>
        public static IReadOnlyList<PatchOperation> Stj { get; } =
        [
            new("replace", "/name", "ims_test"),
            new("add", "/__description", "Hardened base image, built nightly"),
            new("replace", "/min_ram", "2048"),
            new("replace", "/hw_firmware_type", "uefi"),
            new("add", "/__support_kvm_infiniband", "true"),
            new("remove", "/__support_xen"),
        ];
    }
}
