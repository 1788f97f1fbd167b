namespace CloudImages.Emulator.Standalone
{
    /// <summary>The standalone emulator's well-known credentials, printed at start: published, like Azurite's
    /// development account, so that a client configured for a real cloud runs unchanged against the emulator.</summary>
    internal static class DemoCredentials
    {
        /// <summary>A token acting in the catalogue's project.</summary>
        public const string OwnerToken = "demo-owner-token";

        /// <summary>A token acting in <see cref="MemberProjectId"/>.</summary>
        public const string MemberToken = "demo-member-token";

        /// <summary>A second project, owning no image: the one to share images with.</summary>
        public const string MemberProjectId = "7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f";

        /// <summary>An access key acting in the catalogue's project, the sample's demo key.</summary>
        public const string AccessKey = "DEMOACCESSKEY0000000";

        /// <summary>Its secret key.</summary>
        public const string SecretKey = "demo-secret-key";

        /// <summary>The demo credentials; <paramref name="required"/> false also serves requests that carry none.</summary>
        public static ImsAuthOptions Options(bool required) => new()
        {
            Tokens = { OwnerToken },
            TokenProjects = { [MemberToken] = MemberProjectId },
            AccessKeys = { [AccessKey] = SecretKey },
            AllowAnonymous = !required,
        };
    }
}
