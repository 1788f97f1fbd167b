using System.Text.Json;
using CloudImages.Generators.Tests.Infrastructure;
using CloudImages.Ims;
using Xunit;

namespace CloudImages.Generators.Tests.Client
{
    /// <summary>The real response bodies go through the generated readers.</summary>
    public class FixtureTests
    {
        [Fact]
        public void The_documentation_example_reads_into_typed_values()
        {
            var response = CloudImagesJson.ParseListImagesResponse(Fixtures.Bytes("list-images-doc-example.json"));

            Assert.NotNull(response.Images);
            Assert.Equal(2, response.Images.Count);
            var image = response.Images[0];
            Assert.Equal("bc6bed6e-ba3a-4447-afcc-449174a3eb52", image.Id);
            Assert.Equal("CentOS 7.3 64bit vivado", image.Name);
            Assert.Equal("/v2/images/bc6bed6e-ba3a-4447-afcc-449174a3eb52/file", image.File);
            Assert.Equal("1bed856811654c1cb661a6ca845ebc77", image.Owner);
            Assert.Equal(100, image.MinDisk);
            Assert.Equal(2048, image.MinRam);
            Assert.Equal(0L, image.Size);
            Assert.True(image.Protected);
            Assert.True(image.IsRegistered);    // "true" on the wire
            Assert.True(image.LazyLoading);     // "true" on the wire
            Assert.True(image.SupportFcInject); // "true" on the wire
            Assert.Equal(ImageType.Gold, image.ImageType);
            Assert.Equal(Visibility.Public, image.Visibility);
            Assert.Equal(Platform.CentOS, image.Platform);
            Assert.Equal(OsType.Linux, image.OsType);
            Assert.Equal(OsBit.Bit64, image.OsBit);
            Assert.Equal(DiskFormat.Zvhd2, image.DiskFormat);
            Assert.Equal(ContainerFormat.Bare, image.ContainerFormat);
            Assert.Equal(ImageStatus.Active, image.Status);
            Assert.Equal(VirtualEnvType.FusionCompute, image.VirtualEnvType);
            Assert.Equal(FirmwareType.Bios, image.HwFirmwareType);
            Assert.Equal("CentOS 7.3 64bit", image.OsVersion);
            Assert.Equal("uds", image.ImageSourceType);
            Assert.Equal(new DateTimeOffset(2018, 9, 6, 14, 3, 27, TimeSpan.Zero), image.CreatedAt);
            Assert.Equal(new DateTimeOffset(2018, 9, 6, 15, 17, 33, TimeSpan.Zero), image.UpdatedAt);
            Assert.Empty(image.Tags!);
            Assert.Null(image.VirtualSize);         // "virtual_size": null is a documented value, not an anomaly
            Assert.Null(image.AdditionalProperties); // every field is documented
            Assert.Equal("CentOS 7.3 64bit with sdx", response.Images[1].Name);
        }

        [Fact]
        public void Documented_enum_values_are_the_static_members()
        {
            var image = CloudImagesJson.ParseListImagesResponse(Fixtures.Bytes("list-images-doc-example.json")).Images![0];

            Assert.True(image.Platform!.Value.IsKnown);
            Assert.Same(Platform.CentOS.Value, image.Platform.Value.Value); // no new string was read for it
        }

        [Fact]
        public void Undocumented_fields_are_kept()
        {
            var images = CloudImagesJson.ParseListImagesResponse(Fixtures.Bytes("list-images-extra-fields.json")).Images!;

            Assert.Equal("VU9P", images[0].AdditionalProperties!["__support_kvm_fpga_type"].GetString());
            Assert.Equal("VU9P_COMMON", images[1].AdditionalProperties!["__support_kvm_fpga_type"].GetString());
            Assert.Single(images[0].AdditionalProperties!);
            Assert.Equal(100, images[0].MinDisk);
        }

        [Fact]
        public void The_type_confused_response_reads_without_losing_anything()
        {
            var image = Assert.Single(CloudImagesJson.ParseListImagesResponse(Fixtures.Bytes("list-images-type-confused.json")).Images!);
            var raw = image.AdditionalProperties!;

            // Strings that should hold booleans or numbers but hold "test": the typed value is null, the raw value is kept.
            Assert.Null(image.SupportXen);
            Assert.Equal("test", raw["__support_xen"].GetString());
            Assert.Null(image.SupportKvm);
            Assert.Equal("test", raw["__support_kvm"].GetString());
            Assert.Null(image.SupportHighPerformance);
            Assert.Equal("test", raw["__support_highperformance"].GetString());
            Assert.Null(image.SupportDiskIntensive);
            Assert.Equal("test", raw["__support_diskintensive"].GetString());
            Assert.Null(image.ImageSize);
            Assert.Equal("test", raw["__image_size"].GetString());

            // A JSON boolean where the page says string: booleans are read either way, scalars become their text.
            Assert.True(image.LazyLoading);
            Assert.Equal("true", image.SupportXenGpuType!.Value.Value);
            Assert.False(image.SupportXenGpuType.Value.IsKnown);

            // Documented strings holding placeholders stay strings.
            Assert.Equal("test", image.MaxRam);
            Assert.Equal("test", image.SequenceNum);
            Assert.Equal("test", image.EnterpriseProjectId);

            // Undocumented fields, whatever their type.
            Assert.Equal("TEST", raw["deleted_at"].GetString());
            Assert.Equal(JsonValueKind.True, raw["deleted"].ValueKind);
            Assert.Equal(JsonValueKind.True, raw["__system_support_market"].ValueKind);
            Assert.Equal("test", raw["__productcode"].GetString());

            // And the rest is as documented.
            Assert.Equal(100, image.MinDisk);
            Assert.Equal(ImageType.Gold, image.ImageType);
        }

        [Fact]
        public void Json_inside_a_string_is_parsed()
        {
            var json = """{"images":[{"id":"x","__os_feature_list":"{\"onekey_resetpasswd\":\"true\"}"},{"id":"y","__os_feature_list":"not json"}]}"""u8;

            var images = CloudImagesJson.ParseListImagesResponse(json).Images!;

            Assert.Equal("true", images[0].OsFeatureList!.Value.GetProperty("onekey_resetpasswd").GetString());
            Assert.Null(images[1].OsFeatureList);
            Assert.Equal("not json", images[1].AdditionalProperties!["__os_feature_list"].GetString());
        }

        [Theory]
        [InlineData("9056976896", 9_056_976_896L)]
        [InlineData("9223372036854775807", long.MaxValue)]
        [InlineData("\"9056976896\"", 9_056_976_896L)]
        public void Sizes_above_two_gibibytes_are_read(string size, long expected)
        {
            var json = System.Text.Encoding.UTF8.GetBytes($$"""{"images":[{"size":{{size}},"__image_size":{{size}}}]}""");

            var image = CloudImagesJson.ParseListImagesResponse(json).Images![0];

            Assert.Equal(expected, image.Size);
            Assert.Equal(expected, image.ImageSize);
        }

        [Fact]
        public void An_array_with_an_element_of_the_wrong_type_is_kept_whole()
        {
            var image = CloudImagesJson.ParseListImagesResponse("""{"images":[{"tags":["a",{"b":1}]}]}"""u8).Images![0];

            Assert.Null(image.Tags);
            Assert.Equal(2, image.AdditionalProperties!["tags"].GetArrayLength());
        }

        [Theory]
        [InlineData("")]
        [InlineData("[]")]
        [InlineData("{\"images\":[")]
        [InlineData("{} {}")]
        [InlineData("<html>502 Bad Gateway</html>")]
        public void Input_that_is_not_the_documented_document_throws_JsonException(string text)
        {
            Assert.ThrowsAny<JsonException>(() => CloudImagesJson.ParseListImagesResponse(System.Text.Encoding.UTF8.GetBytes(text)));
        }

        [Fact]
        public void A_byte_order_mark_is_skipped()
        {
            var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(Fixtures.Bytes("list-images-doc-example.json")).ToArray();

            Assert.Equal(2, CloudImagesJson.ParseListImagesResponse(bytes).Images!.Count);
        }
    }
}
