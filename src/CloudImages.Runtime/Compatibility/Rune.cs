#if NETSTANDARD2_0
using System;

namespace CloudImages.Runtime
{
    /// <summary>The members of System.Text.Rune (.NET Core 3.0) the runtime calls, for the netstandard2.0 build.</summary>
    internal readonly struct Rune
    {
        private readonly int _value;

        public Rune(char high, char low) => _value = char.ConvertToUtf32(high, low);

        private Rune(int value) => _value = value;

        public static Rune ReplacementChar => new(0xFFFD);

        public static bool TryCreate(char c, out Rune result)
        {
            result = new Rune(c);
            return !char.IsSurrogate(c);
        }

        public int EncodeToUtf8(Span<byte> destination)
        {
            var v = _value;
            if (v < 0x80)
            {
                destination[0] = (byte)v;
                return 1;
            }

            if (v < 0x800)
            {
                destination[0] = (byte)(0xC0 | (v >> 6));
                destination[1] = (byte)(0x80 | (v & 0x3F));
                return 2;
            }

            if (v < 0x10000)
            {
                destination[0] = (byte)(0xE0 | (v >> 12));
                destination[1] = (byte)(0x80 | ((v >> 6) & 0x3F));
                destination[2] = (byte)(0x80 | (v & 0x3F));
                return 3;
            }

            destination[0] = (byte)(0xF0 | (v >> 18));
            destination[1] = (byte)(0x80 | ((v >> 12) & 0x3F));
            destination[2] = (byte)(0x80 | ((v >> 6) & 0x3F));
            destination[3] = (byte)(0x80 | (v & 0x3F));
            return 4;
        }
    }
}
#endif
