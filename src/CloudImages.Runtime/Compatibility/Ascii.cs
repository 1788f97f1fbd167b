#if NETSTANDARD2_0
using System;

namespace CloudImages.Runtime
{
    /// <summary>The members of .NET 8's System.Text.Ascii the runtime calls, for the netstandard2.0 build.</summary>
    internal static class Ascii
    {
        public static bool Equals(ReadOnlySpan<byte> left, ReadOnlySpan<char> right)
        {
            if (left.Length != right.Length)
            {
                return false;
            }

            for (var i = 0; i < left.Length; i++)
            {
                if (left[i] > 0x7F || left[i] != right[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
#endif
