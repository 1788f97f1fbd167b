using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>The inventory every emulator starts with unless told otherwise: two stopped ECSs and a running one,
    /// their disks, a free data disk, and three image files in a bucket. The ids are fixed, so tests and samples can
    /// name them.</summary>
    public static class DefaultInventory
    {
        /// <summary>A stopped Linux ECS with a 40 GB system disk and one data disk.</summary>
        public const string LinuxServerId = "877a2cda-ba63-4e1e-b95f-e67e48b6129a";

        /// <summary>A stopped Windows ECS with a 60 GB system disk.</summary>
        public const string WindowsServerId = "a4d31a6a-7a0a-4bfd-9d8a-7b2e40b0e5c1";

        /// <summary>A running ECS: IMS refuses to make an image of it.</summary>
        public const string RunningServerId = "3f6c1b2e-44a8-4d5e-8a51-0c9d7e6f5a42";

        /// <summary>A 100 GB data disk attached to no ECS.</summary>
        public const string FreeDataVolumeId = "c5a5a4d4-0c3f-4b7e-9e68-2a5e0f9f1c77";

        /// <summary>The bucket of the image files.</summary>
        public const string Bucket = "ims-image-files";

        internal static readonly EcsServer[] Servers =
        {
            new(LinuxServerId, "ecs-linux", "SHUTOFF", "Linux", "CentOS 7.6 64bit", "6a1c0a62-2a3c-4f5e-b0f8-37e4a8e0d101")
            {
                DataVolumeIds = new[] { "6a1c0a62-2a3c-4f5e-b0f8-37e4a8e0d102" },
            },
            new(WindowsServerId, "ecs-windows", "SHUTOFF", "Windows", "Windows Server 2019 Datacenter 64bit", "b7d4e0a1-59c2-4a8e-8f3b-1d2c3e4f5a61"),
            new(RunningServerId, "ecs-running", "ACTIVE", "Linux", "Ubuntu 20.04 server 64bit", "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a51"),
        };

        internal static readonly EvsVolume[] Volumes =
        {
            new("6a1c0a62-2a3c-4f5e-b0f8-37e4a8e0d101", 40, Bootable: true) { ServerId = LinuxServerId },
            new("6a1c0a62-2a3c-4f5e-b0f8-37e4a8e0d102", 100, Bootable: false) { ServerId = LinuxServerId },
            new("b7d4e0a1-59c2-4a8e-8f3b-1d2c3e4f5a61", 60, Bootable: true) { ServerId = WindowsServerId },
            new("e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a51", 40, Bootable: true) { ServerId = RunningServerId },
            new(FreeDataVolumeId, 100, Bootable: false),
        };

        internal static readonly BucketObject[] BucketObjects =
        {
            new(Bucket, "centos7.qcow2", 1_073_741_824),
            new(Bucket, "ubuntu2004.zvhd2", 2_147_483_648),
            new(Bucket, "data-disk.vhd", 536_870_912),
        };
    }
}
