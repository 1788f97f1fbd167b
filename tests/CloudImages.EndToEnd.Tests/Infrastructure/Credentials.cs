using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>Test credentials, and emulator options that accept them.</summary>
    internal static class Credentials
    {
        public const string Token = "MIIZ-test-token";
        public static readonly AkSkCredentials AkSk = new("HST3UAGKFGBMQ3VBBMRL", "wX4Wp9TuB0mWz5xP1EyQ6kYhNfVdLc2RsZa8gJoH", "0605767ab7000f312fa4c0019c3d2e31");

        public static ImsEmulatorOptions EmulatorOptions(int images = 3000) => new()
        {
            Catalogue = { GeneratedImageCount = images },
            Auth = new ImsAuthOptions
            {
                Tokens = { Token },
                AccessKeys = { [AkSk.AccessKey] = AkSk.SecretKey },
            },
        };

        /// <summary>Configures a client for "none", "token" or "aksk".</summary>
        public static Action<CloudImagesClientOptions> For(string mode) => mode switch
        {
            "none" => _ => { },
            "token" => o => o.Token = Token,
            "aksk" => o => (o.AccessKey, o.SecretKey, o.ProjectId) = (AkSk.AccessKey, AkSk.SecretKey, AkSk.ProjectId),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
        };
    }
}
