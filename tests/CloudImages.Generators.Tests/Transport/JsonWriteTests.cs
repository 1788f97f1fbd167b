using System.Text;
using System.Text.Json;
using CloudImages.Runtime;
using CloudImages.Tests.Writes;
using Xunit;

namespace CloudImages.Generators.Tests.Transport
{
    /// <summary>The runtime's body member writers: what each kind writes, and that unset writes nothing.</summary>
    public sealed class JsonWriteTests
    {
        [Fact]
        public void Each_kind_writes_its_wire_form_and_null_writes_nothing()
        {
            var json = Write(writer =>
            {
                JsonWrite.Member(writer, "s"u8, "text");
                JsonWrite.Member(writer, "none"u8, (string?)null);
                JsonWrite.Member(writer, "b"u8, true);
                JsonWrite.Member(writer, "i"u8, 2048);
                JsonWrite.Member(writer, "l"u8, 5368709120L);
                JsonWrite.Member(writer, "d"u8, 1.5);
                JsonWrite.Member(writer, "t"u8, new DateTimeOffset(2024, 11, 6, 8, 19, 43, TimeSpan.FromHours(2)));
                JsonWrite.Member(writer, "ms"u8, new DateTimeOffset(2024, 11, 6, 6, 19, 43, 195, TimeSpan.Zero), WireText.TimeLayoutMilliseconds);
                JsonWrite.Member(writer, "e"u8, (FirmwareType?)FirmwareType.Uefi);
                JsonWrite.Member(writer, "unset"u8, (int?)null);
                JsonWrite.Member(writer, "ws"u8, WireText.Of(true));
                JsonWrite.Member(writer, "a"u8, (IReadOnlyList<string>)["x", null!]);
                JsonWrite.Member(writer, "ea"u8, (IReadOnlyList<FirmwareType>)[FirmwareType.Bios]);
                JsonWrite.NullWhen(writer, "n"u8, sendNull: true);
                JsonWrite.NullWhen(writer, "not"u8, sendNull: false);
            });

            Assert.Equal(
                """{"s":"text","b":true,"i":2048,"l":5368709120,"d":1.5,"t":"2024-11-06T06:19:43Z","ms":"2024-11-06T06:19:43.195Z","e":"uefi","ws":"true","a":["x",null],"ea":["bios"],"n":null}""",
                json);
        }

        [Fact]
        public void A_number_json_cannot_hold_is_refused()
        {
            Assert.ThrowsAny<ArgumentException>(() => Write(writer => JsonWrite.Member(writer, "d"u8, double.NaN)));
        }

        private static string Write(Action<Utf8JsonWriter> members)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                members(writer);
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
