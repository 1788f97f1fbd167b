namespace CloudImages.Emulator
{
    /// <summary>Which documented OS versions carry which special support, after Tables 2 to 4 of "Values of Related
    /// Parameters". Table 4 names some systems loosely ("Windows Server 2012"); they are mapped to Table 1 strings.</summary>
    internal static class SpecialImages
    {
        public static readonly string[] LargeMemory =
        {
            "CentOS 6.6 64bit", "CentOS 6.7 64bit", "CentOS 6.8 64bit", "CentOS 7.1 64bit", "CentOS 7.2 64bit", "CentOS 7.3 64bit",
            "SUSE Linux Enterprise Server 11 SP3 64bit", "SUSE Linux Enterprise Server 11 SP4 64bit",
            "SUSE Linux Enterprise Server 12 SP1 64bit", "SUSE Linux Enterprise Server 12 SP2 64bit",
            "Redhat Linux Enterprise 6.8 64bit", "Redhat Linux Enterprise 7.3 64bit",
        };

        public static readonly string[] DiskIntensive =
        {
            "CentOS 7.2 64bit", "CentOS 7.3 64bit", "CentOS 6.8 64bit",
            "SUSE Linux Enterprise Server 11 SP3 64bit", "SUSE Linux Enterprise Server 11 SP4 64bit",
            "SUSE Linux Enterprise Server 12 SP1 64bit", "SUSE Linux Enterprise Server 12 SP2 64bit",
            "Redhat Linux Enterprise 6.8 64bit", "Redhat Linux Enterprise 7.3 64bit",
        };

        /// <summary>H1 and H2 together.</summary>
        public static readonly string[] HighPerformance =
        {
            "CentOS 6.5 64bit", "CentOS 6.8 64bit", "CentOS 7.2 64bit", "CentOS 7.3 64bit",
            "Windows Server 2008 R2 Enterprise 64bit", "Windows Server 2012 R2 Standard 64bit", "Windows Server 2016 Standard 64bit",
            "SUSE Linux Enterprise Server 11 SP3 64bit", "SUSE Linux Enterprise Server 11 SP4 64bit",
            "SUSE Linux Enterprise Server 12 SP1 64bit", "SUSE Linux Enterprise Server 12 SP2 64bit",
            "Redhat Linux Enterprise 6.8 64bit", "Redhat Linux Enterprise 7.2 64bit", "Redhat Linux Enterprise 7.3 64bit",
        };

        /// <summary>G1 and G2 (Xen, M60_vGPU).</summary>
        public static readonly string[] XenGpu =
        {
            "Windows Server 2008 R2 Enterprise 64bit", "Windows Server 2012 R2 Standard 64bit", "Windows Server 2016 Standard 64bit",
        };

        /// <summary>Table 3's values, each with the systems its drivers are built for.</summary>
        public static readonly (string GpuType, string[] Versions)[] KvmGpu =
        {
            ("M60", new[] { "Windows Server 2016 Datacenter 64bit", "Windows Server 2012 R2 Datacenter 64bit", "CentOS 7.4 64bit" }),
            ("V100_vGPU", new[] { "Windows Server 2016 Datacenter 64bit", "Ubuntu 18.04 server 64bit" }),
            ("P2V_V100", new[] { "Ubuntu 16.04 server 64bit", "Ubuntu 18.04 server 64bit", "CentOS 7.6 64bit" }),
            ("P100", new[] { "Ubuntu 16.04 server 64bit", "CentOS 7.4 64bit", "Windows Server 2016 Standard 64bit" }),
            ("V100", new[] { "Ubuntu 16.04 server 64bit", "Ubuntu 18.04 server 64bit", "CentOS 7.5 64bit", "CentOS 7.6 64bit" }),
        };

        public static readonly string[] XenHana =
        {
            "SUSE Linux Enterprise Server 12 SP1 64bit", "SUSE Linux Enterprise Server 12 SP2 64bit",
            "SUSE Linux Enterprise Server 12 SP3 64bit", "SUSE Linux Enterprise Server 12 SP4 64bit",
        };

        public static readonly string[] KvmInfiniBand =
        {
            "CentOS 7.3 64bit", "CentOS 7.4 64bit", "CentOS 7.5 64bit", "CentOS 7.6 64bit",
            "SUSE Linux Enterprise Server 12 SP2 64bit", "SUSE Linux Enterprise Server 12 SP3 64bit",
        };
    }
}
