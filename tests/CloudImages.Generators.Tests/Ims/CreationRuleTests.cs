using CloudImages.Generators.Tests.Analyzers;
using Xunit;

namespace CloudImages.Generators.Tests.Ims
{
    /// <summary>The documented rules of the IMS operations that create images (spec/ims/creating-an-image,
    /// creating-a-full-ecs-image, creating-a-data-disk-image-from-an-external-image-file,
    /// importing-an-image-file-quickly): each one reported where a request breaks it, and quiet where the request
    /// keeps it, as the page's own example requests do.</summary>
    public sealed class CreationRuleTests
    {
        [Fact]
        public Task Create_image_each_source_needs_its_members() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateImageRequest Ecs() => new() { {|CIMG0001:InstanceId = "877a2cda"|} };

                static CreateImageRequest FileWithoutMinDisk() => new() { Name = "web", {|CIMG0001:ImageUrl = "ims-image:centos70.qcow2"|} };

                static CreateImageRequest FileWithoutAnything() => new() { {|CIMG0001:{|CIMG0001:ImageUrl = "ims-image:centos70.qcow2"|}|} };

                static CreateImageRequest DataDiskWithoutOsVersion() => new() { Name = "web", {|CIMG0001:VolumeId = "c5dfbd0c"|} };

                static CreateImageRequest DataDiskWithoutName() => new() { {|CIMG0001:VolumeId = "c5dfbd0c"|}, OsVersion = "CentOS 7.0 64bit" };
            }
            """);

        [Fact]
        public Task Create_image_the_documented_sources_are_quiet() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateImageRequest Ecs() => new() { Name = "ims_test", InstanceId = "877a2cda", Tags = ["aaa.111"] };

                static CreateImageRequest DataDisksOfAnEcs() => new()
                {
                    DataImages = [new CreateImageDataImage { Name = "ims_data_image_test", VolumeId = "c5dfbd0c", Tags = ["aaa.111"] }],
                };

                static CreateImageRequest File() => new()
                {
                    Name = "ims_test_file",
                    ImageUrl = "ims-image:centos70.qcow2",
                    OsVersion = "CentOS 7.0 64bit",
                    MinDisk = 40,
                    ImageTags = [new NewImageTag { Key = "key1", Value = "value1" }],
                };

                static CreateImageRequest FileWithDataDisks() => new()
                {
                    Name = "ims_test_file",
                    ImageUrl = "ims-image:centos70.ova",
                    MinDisk = 40,
                    DataImages = [new CreateImageDataImage { ImageUrl = "ims-image:data1.qcow2", MinDisk = 2048 }],
                };

                static CreateImageRequest DataDisk() => new()
                {
                    Name = "ims_test",
                    VolumeId = "877a2cda",
                    Type = CreateImageType.Ecs,
                    OsVersion = "CentOS 7.0 64bit",
                };
            }
            """);

        [Fact]
        public Task Create_image_min_disk_needs_a_file_in_obs() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateImageRequest Ecs() => new() { Name = "web", InstanceId = "877a2cda", {|CIMG0001:MinDisk = 40|} };
            }
            """);

        [Fact]
        public Task Create_image_sources_cannot_be_combined() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateImageRequest EcsAndDisk() => new()
                {
                    Name = "web",
                    {|CIMG0002:InstanceId = "877a2cda"|},
                    VolumeId = "c5dfbd0c",
                    OsVersion = "CentOS 7.0 64bit",
                };

                static CreateImageRequest FileAndDisk() => new()
                {
                    Name = "web",
                    {|CIMG0002:ImageUrl = "ims-image:centos70.qcow2"|},
                    MinDisk = 40,
                    VolumeId = "c5dfbd0c",
                    OsVersion = "CentOS 7.0 64bit",
                };

                static CreateImageRequest DataDisksWithTheEcs() => new()
                {
                    Name = "web",
                    InstanceId = "877a2cda",
                    {|CIMG0002:DataImages = [new CreateImageDataImage { Name = "data", VolumeId = "c5dfbd0c" }]|},
                };
            }
            """);

        [Fact]
        public Task Create_image_os_version_is_mandatory_for_iso_files_and_quick_imports() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateImageRequest Iso() => new()
                {
                    Name = "ims_test_file", ImageUrl = "ims-image:centos70.iso", MinDisk = 40, {|CIMG0001:Type = CreateImageType.IsoImage|},
                };

                static CreateImageRequest Quick() => new()
                {
                    Name = "ims_test_file", ImageUrl = "ims-image:centos70.zvhd2", MinDisk = 40, {|CIMG0001:IsQuickImport = true|},
                };
            }
            """);

        [Fact]
        public Task Create_image_os_version_given_or_not_needed_is_quiet() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateImageRequest Iso() => new()
                {
                    Name = "ims_test_file", ImageUrl = "ims-image:centos70.iso", MinDisk = 40, Type = "IsoImage", OsVersion = "CentOS 7.0 64bit",
                };

                static CreateImageRequest Quick() => new()
                {
                    Name = "ims_test_file", ImageUrl = "ims-image:centos70.zvhd2", MinDisk = 40, IsQuickImport = true, OsVersion = "CentOS 7.0 64bit",
                };

                static CreateImageRequest NotQuick() => new()
                {
                    Name = "ims_test_file", ImageUrl = "ims-image:centos70.qcow2", MinDisk = 40, IsQuickImport = false, Type = CreateImageType.Bms,
                };
            }
            """);

        [Fact]
        public Task Create_image_tags_and_image_tags_exclude_each_other_at_both_levels() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateImageRequest Image() => new()
                {
                    Name = "web",
                    InstanceId = "877a2cda",
                    {|CIMG0002:Tags = ["aaa.111"]|},
                    ImageTags = [new NewImageTag { Key = "key1", Value = "value1" }],
                };

                static CreateImageRequest DataImage() => new()
                {
                    DataImages =
                    [
                        new CreateImageDataImage
                        {
                            Name = "data",
                            VolumeId = "c5dfbd0c",
                            {|CIMG0002:Tags = ["aaa.111"]|},
                            ImageTags = [new NewImageTag { Key = "key1", Value = "value1" }],
                        },
                        new CreateImageDataImage { Name = "data", VolumeId = "c5dfbd0c", ImageTags = [new NewImageTag { Key = "key2", Value = "" }] },
                    ],
                };
            }
            """);

        [Fact]
        public Task Create_image_data_images_items_need_one_source_and_its_members() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateImageRequest Items() => new()
                {
                    DataImages =
                    [
                        {|CIMG0007:new CreateImageDataImage { Name = "data" }|},
                        new CreateImageDataImage { Name = "data", VolumeId = "c5dfbd0c", {|CIMG0007:ImageUrl = "ims-image:data1.qcow2"|}, MinDisk = 40 },
                        new CreateImageDataImage { {|CIMG0001:VolumeId = "c5dfbd0c"|} },
                    ],
                };

                static CreateImageDataImage Alone() => new() { {|CIMG0001:ImageUrl = "ims-image:data1.qcow2"|} };

                static CreateImageDataImage FromFile() => new() { ImageUrl = "ims-image:data1.qcow2", MinDisk = 1 };
            }
            """);

        [Fact]
        public Task Create_image_formats_and_ranges_of_the_members() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateImageRequest Values() => new()
                {
                    {|CIMG0005:Name = " web"|},
                    {|CIMG0005:Description = "<b>bold</b>"|},
                    {|CIMG0005:ImageUrl = "centos70.qcow2"|},
                    {|CIMG0003:MinDisk = 2048|},
                    ImageTags = [new NewImageTag { {|CIMG0005:Key = ""|}, {|CIMG0005:Value = "a-value-that-is-longer-than-forty-three-chars"|} }],
                };

                static CreateImageDataImage Item() => new() { ImageUrl = "ims-image:data1.qcow2", {|CIMG0003:MinDisk = 2049|}, {|CIMG0005:Name = "data/1"|} };

                static CreateImageRequest Fine() => new()
                {
                    Name = "Ubuntu 22.04 web-1.0_final",
                    Description = "Create an image from a file in an OBS bucket",
                    ImageUrl = "ims-image:centos70.qcow2",
                    MinDisk = 1024,
                };
            }
            """);

        [Fact]
        public Task Create_full_ecs_image_needs_exactly_one_of_an_ecs_and_a_backup() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateFullEcsImageRequest Neither() => {|CIMG0007:new() { Name = "instance_whole_image" }|};

                static CreateFullEcsImageRequest Both() => new()
                {
                    Name = "instance_whole_image", InstanceId = "877a2cda", {|CIMG0002:VaultId = "de9fcf45"|}, {|CIMG0007:BackupId = "9b27efab"|},
                };

                static CreateFullEcsImageRequest Ecs() => new() { Name = "instance_whole_image", InstanceId = "877a2cda", VaultId = "de9fcf45" };

                static CreateFullEcsImageRequest CbrBackup() => new() { Name = "backup_whole_image", BackupId = "9b27efab", WholeImageType = WholeImageType.Cbr };

                static CreateFullEcsImageRequest CsbsBackup() => new() { Name = "backup_whole_image", BackupId = "9b27efab" };
            }
            """);

        [Fact]
        public Task Create_full_ecs_image_from_an_ecs_is_advised_to_name_the_vault() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateFullEcsImageRequest WithoutVault() => new() { Name = "instance_whole_image", {|CIMG0006:InstanceId = "877a2cda"|} };
            }
            """);

        [Fact]
        public Task Create_full_ecs_image_members_of_the_other_source_are_warned_about() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateFullEcsImageRequest VaultForABackup() => new() { Name = "backup_whole_image", BackupId = "9b27efab", {|CIMG0002:VaultId = "de9fcf45"|} };

                static CreateFullEcsImageRequest BackupTypeForAnEcs() => new()
                {
                    Name = "instance_whole_image", InstanceId = "877a2cda", VaultId = "de9fcf45", {|CIMG0002:WholeImageType = WholeImageType.Cbr|},
                };
            }
            """);

        [Fact]
        public Task Create_full_ecs_image_tags_or_image_tags() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateFullEcsImageRequest Both() => new()
                {
                    Name = "backup_whole_image",
                    BackupId = "9b27efab",
                    {|CIMG0002:Tags = ["aaa.111"]|},
                    ImageTags = [new NewImageTag { Key = "key1", Value = "value1" }],
                };

                static CreateFullEcsImageRequest Tags() => new() { Name = "backup_whole_image", BackupId = "9b27efab", Tags = ["aaa.111"] };

                static CreateFullEcsImageRequest ImageTags() => new()
                {
                    Name = "backup_whole_image", BackupId = "9b27efab", ImageTags = [new NewImageTag { Key = "key1", Value = "value1" }],
                };
            }
            """);

        [Fact]
        public Task Create_data_image_tags_or_image_tags_and_the_data_disk_size() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CreateDataImageRequest Both() => new()
                {
                    Name = "fedora-data1",
                    ImageUrl = "image-test:fedora_data1.qcow2",
                    {|CIMG0003:MinDisk = 39|},
                    {|CIMG0002:Tags = ["aaa.111"]|},
                    ImageTags = [new NewImageTag { Key = "aaa", Value = "111" }],
                };

                static CreateDataImageRequest Tags() => new()
                {
                    Name = "fedora-data1", ImageUrl = "image-test:fedora_data1.qcow2", MinDisk = 40, Tags = ["aaa.111"], OsType = DataDiskOsType.Linux,
                };

                static CreateDataImageRequest ImageTags() => new()
                {
                    Name = "fedora-data2", ImageUrl = "image-test:fedora_data1.qcow2", MinDisk = 2048, ImageTags = [new NewImageTag { Key = "aaa", Value = "111" }],
                };
            }
            """);

        [Fact]
        public Task Import_image_quickly_tags_or_image_tags_and_the_disk_size() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static ImportImageQuicklyRequest Both() => new()
                {
                    Name = "ims_test_file",
                    ImageUrl = "ims-image:centos70.zvhd2",
                    {|CIMG0003:MinDisk = 1025|},
                    Type = QuickImportImageType.DataImage,
                    {|CIMG0002:Tags = ["aaa.111"]|},
                    ImageTags = [new NewImageTag { Key = "key1", Value = "value1" }],
                };

                static ImportImageQuicklyRequest Tags() => new()
                {
                    Name = "ims_test_file", ImageUrl = "ims-image:centos70.zvhd2", MinDisk = 1024, Type = QuickImportImageType.DataImage, Tags = ["aaa.111"],
                };

                static ImportImageQuicklyRequest ImageTags() => new()
                {
                    Name = "ims_test_file",
                    ImageUrl = "ims-image:centos70.zvhd2",
                    MinDisk = 1,
                    Type = QuickImportImageType.DataImage,
                    ImageTags = [new NewImageTag { Key = "key1", Value = "value1" }],
                };
            }
            """);

        [Fact]
        public Task Import_image_quickly_system_disk_images_need_os_version_and_os_type_is_for_data_disks() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static ImportImageQuicklyRequest Ecs() => new()
                {
                    Name = "ims_test_file", ImageUrl = "ims-image:centos70.zvhd2", MinDisk = 40, {|CIMG0001:Type = QuickImportImageType.Ecs|},
                };

                static ImportImageQuicklyRequest Bms() => new() { Name = "ims_test_file", ImageUrl = "ims-image:centos70.zvhd2", MinDisk = 40, {|CIMG0001:Type = "BMS"|} };

                static ImportImageQuicklyRequest OsTypeOfASystemDisk() => new()
                {
                    Name = "ims_test_file",
                    ImageUrl = "ims-image:centos70.zvhd2",
                    MinDisk = 40,
                    OsVersion = "CentOS 7.0 64bit",
                    {|CIMG0001:OsType = DataDiskOsType.Linux|},
                };
            }
            """);

        [Fact]
        public Task Import_image_quickly_the_page_examples_are_quiet() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static ImportImageQuicklyRequest SystemDisk() => new()
                {
                    Name = "ims_test_file",
                    Description = "Create an image using a file in an OBS bucket.",
                    ImageUrl = "ims-image:centos70.zvhd2",
                    OsVersion = "CentOS 7.0 64bit",
                    MinDisk = 40,
                    Type = QuickImportImageType.Ecs,
                    Architecture = ImageArchitecture.Arm,
                    HwFirmwareType = FirmwareType.Uefi,
                };

                static ImportImageQuicklyRequest DataDisk() => new()
                {
                    Name = "ims_test_file",
                    ImageUrl = "ims-image:centos70.zvhd2",
                    OsType = DataDiskOsType.Linux,
                    MinDisk = 40,
                    Type = QuickImportImageType.DataImage,
                };
            }
            """);
    }
}
