namespace CloudImages.Emulator
{
    /// <summary>Table 1 of "Values of Related Parameters": every documented <c>__os_version</c>, by platform.</summary>
    internal static class OsVersions
    {
        /// <summary>The families in the table's order. openEuler has no documented platform, so it is "Other".</summary>
        public static readonly OsFamily[] Families =
        {
            new("Windows", "Windows", new[]
            {
                "Windows 10 64bit", "Windows 7 Enterprise 64bit", "Windows 7 Professional 64bit", "Windows 7 Professional 32bit",
                "Windows Server 2016 Standard 64bit", "Windows Server 2016 Datacenter 64bit", "Windows Server 2012 R2 Standard 64bit",
                "Windows Server 2012 Essentials R2 64bit", "Windows Server 2012 R2 Datacenter 64bit", "Windows Server 2012 Datacenter 64bit",
                "Windows Server 2012 Standard 64bit", "Windows Server 2008 R2 WEB 64bit", "Windows Server 2008 R2 Standard 64bit",
                "Windows Server 2008 R2 Enterprise 64bit", "Windows Server 2008 R2 Datacenter 64bit",
            }),
            new("SUSE", "Linux", new[]
            {
                "SUSE Linux Enterprise Server 15 SP1 64bit", "SUSE Linux Enterprise Server 15 64bit", "SUSE Linux Enterprise Server 12 SP5 64bit",
                "SUSE Linux Enterprise Server 12 SP4 64bit", "SUSE Linux Enterprise Server 12 SP3 64bit", "SUSE Linux Enterprise Server 12 SP2 64bit",
                "SUSE Linux Enterprise Server 12 SP1 64bit", "SUSE Linux Enterprise Server 12 64bit", "SUSE Linux Enterprise Server 11 SP4 64bit",
                "SUSE Linux Enterprise Server 11 SP3 64bit", "SUSE Linux Enterprise Server 11 SP3 32bit", "SUSE Linux Enterprise Server 11 SP1 64bit",
            }),
            new("Oracle Linux", "Linux", new[]
            {
                "Oracle Linux Server release 7.6 64bit", "Oracle Linux Server release 7.5 64bit", "Oracle Linux Server release 7.4 64bit",
                "Oracle Linux Server release 7.3 64bit", "Oracle Linux Server release 7.2 64bit", "Oracle Linux Server release 7.1 64bit",
                "Oracle Linux Server release 7.0 64bit", "Oracle Linux Server release 6.10 64bit", "Oracle Linux Server release 6.9 64bit",
                "Oracle Linux Server release 6.8 64bit", "Oracle Linux Server release 6.7 64bit", "Oracle Linux Server release 6.5 64bit",
            }),
            new("Red Hat", "Linux", new[]
            {
                "Redhat Linux Enterprise 8.0 64bit", "Redhat 7.6 64bit", "Redhat Linux Enterprise 7.5 64bit", "Redhat Linux Enterprise 7.4 64bit",
                "Redhat Linux Enterprise 7.3 64bit", "Redhat Linux Enterprise 7.2 64bit", "Redhat Linux Enterprise 7.1 64bit",
                "Redhat Linux Enterprise 7.0 64bit", "Redhat Linux Enterprise 6.10 64bit", "Redhat Linux Enterprise 6.9 64bit",
                "Redhat Linux Enterprise 6.8 64bit", "Redhat Linux Enterprise 6.7 64bit", "Redhat Linux Enterprise 6.6 64bit",
                "Redhat Linux Enterprise 6.6 32bit", "Redhat Linux Enterprise 6.5 64bit", "Redhat Linux Enterprise 6.4 64bit",
                "Redhat Linux Enterprise 6.4 32bit",
            }),
            new("Ubuntu", "Linux", new[]
            {
                "Ubuntu 19.04 server 64bit", "Ubuntu 18.04 server 64bit", "Ubuntu 16.04.3 Server 64bit", "Ubuntu 16.04.2 Server 64bit",
                "Ubuntu 16.04 server 64bit", "Ubuntu 14.04.5 server 64bit", "Ubuntu 14.04.4 server 64bit", "Ubuntu 14.04.4 server 32bit",
                "Ubuntu 14.04.3 server 64bit", "Ubuntu 14.04.3 server 32bit", "Ubuntu 14.04.1 server 64bit", "Ubuntu 14.04.1 server 32bit",
                "Ubuntu 14.04 server 64bit", "Ubuntu 14.04 server 32bit",
            }),
            new("OpenSUSE", "Linux", new[]
            {
                "openSUSE 42.3 64bit", "openSUSE 42.2 64bit", "openSUSE 42.1 64bit", "openSUSE 15.1 64bit", "openSUSE 15.0 64bit",
                "openSUSE 13.2 64bit", "openSUSE 11.3 64bit",
            }),
            new("CentOS", "Linux", new[]
            {
                "CentOS 8.0 64bit", "CentOS 7.7 64bit", "CentOS 7.6 64bit", "CentOS 7.5 64bit", "CentOS 7.4 64bit", "CentOS 7.3 64bit",
                "CentOS 7.2 64bit", "CentOS 7.1 64bit", "CentOS 7.0 64bit", "CentOS 7.0 32bit", "CentOS 6.10 64bit", "CentOS 6.10 32bit",
                "CentOS 6.9 64bit", "CentOS 6.9 32bit", "CentOS 6.8 64bit", "CentOS 6.7 64bit", "CentOS 6.7 32bit", "CentOS 6.6 64bit",
                "CentOS 6.6 32bit", "CentOS 6.5 64bit", "CentOS 6.5 32bit", "CentOS 6.4 64bit", "CentOS 6.4 32bit", "CentOS 6.3 64bit",
                "CentOS 6.3 32bit",
            }),
            new("Debian", "Linux", new[]
            {
                "Debian GNU/Linux 10.0.0 64bit", "Debian GNU/Linux 9.3.0 64bit", "Debian GNU/Linux 9.0.0 64bit", "Debian GNU/Linux 8.10.0 64bit",
                "Debian GNU/Linux 8.8.0 64bit", "Debian GNU/Linux 8.7.0 64bit", "Debian GNU/Linux 8.6.0 64bit", "Debian GNU/Linux 8.5.0 64bit",
                "Debian GNU/Linux 8.4.0 64bit", "Debian GNU/Linux 8.2.0 64bit", "Debian GNU/Linux 8.1.0 64bit",
            }),
            new("Fedora", "Linux", new[]
            {
                "Fedora 30 64bit", "Fedora 29 64bit", "Fedora 28 64bit", "Fedora 27 64bit", "Fedora 26 64bit", "Fedora 25 64bit",
                "Fedora 24 64bit", "Fedora 23 64bit", "Fedora 22 64bit",
            }),
            new("EulerOS", "Linux", new[] { "EulerOS 2.9 64bit", "EulerOS 2.5 64bit", "EulerOS 2.3 64bit", "EulerOS 2.2 64bit", "EulerOS 2.1 64bit" }),
            new("CoreOS", "Linux", new[] { "CoreOS 1068.10.0", "CoreOS 1010.5.0", "CoreOS 1298.6.0" }),
            new("Other", "Linux", new[] { "openEuler 20.03 64bit" }),
        };
    }

    /// <summary>One platform's row of Table 1.</summary>
    internal sealed record OsFamily(string Platform, string OsType, string[] Versions)
    {
        /// <summary>"32" for a version named "... 32bit", else "64" (CoreOS names no width and is 64-bit).</summary>
        public static string BitsOf(string version) => version.EndsWith("32bit", System.StringComparison.Ordinal) ? "32" : "64";
    }
}
