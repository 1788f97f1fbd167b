#if NETSTANDARD2_0
using System.Security.Cryptography;

namespace System
{
    /// <summary>The one-shot hashing and hex helpers of .NET 5 and later, for the netstandard2.0 build.</summary>
    internal static class Hashing
    {
        extension(SHA256)
        {
            public static byte[] HashData(byte[] source)
            {
                using var sha = SHA256.Create();
                return sha.ComputeHash(source);
            }

            public static byte[] HashData(ReadOnlySpan<byte> source) => SHA256.HashData(source.ToArray());
        }

        extension(HMACSHA256)
        {
            public static byte[] HashData(byte[] key, byte[] source)
            {
                using var hmac = new HMACSHA256(key);
                return hmac.ComputeHash(source);
            }
        }

        extension(Convert)
        {
            public static string ToHexString(byte[] bytes) => BitConverter.ToString(bytes).Replace("-", string.Empty);
        }
    }
}
#endif
