using System.Text;
using CloudImages.Ims;
using CloudImages.Tests.Servers;
using Xunit;

namespace CloudImages.Generators.Tests.Hardening
{
    /// <summary>A time without an offset is UTC, in every layout, whatever the machine's time zone; a time with one
    /// keeps it.</summary>
    [Collection(nameof(AllocationSensitive))] // changes the process's local time zone, so nothing may run beside it
    public class ZoneLessTimeTests
    {
        [Theory]
        [InlineData("2018-09-06T14:03:27", "2018-09-06T14:03:27.0000000+00:00")]
        [InlineData("2018-09-06T14:03:27.5", "2018-09-06T14:03:27.5000000+00:00")]
        [InlineData("2018-09-06T14:03", "2018-09-06T14:03:00.0000000+00:00")]
        [InlineData("2018-09-06", "2018-09-06T00:00:00.0000000+00:00")]
        [InlineData("2018-09-06 14:03:27", "2018-09-06T14:03:27.0000000+00:00")]
        [InlineData("2018\\u002d09-06T14:03:27", "2018-09-06T14:03:27.0000000+00:00")]
        [InlineData("0001-01-01T00:00:00", "0001-01-01T00:00:00.0000000+00:00")]
        [InlineData("9999-12-31T23:59:59", "9999-12-31T23:59:59.0000000+00:00")]
        [InlineData("2018-09-06T14:03:27Z", "2018-09-06T14:03:27.0000000+00:00")]
        [InlineData("2018-09-06T14:03:27.5Z", "2018-09-06T14:03:27.5000000+00:00")]
        [InlineData("2018-09-06T14:03:27+02:00", "2018-09-06T14:03:27.0000000+02:00")]
        [InlineData("2018-09-06T14:03:27-09:30", "2018-09-06T14:03:27.0000000-09:30")]
        public void A_time_without_an_offset_is_utc_on_a_machine_in_another_zone(string wire, string expected)
        {
            InZone("Asia/Tokyo", () =>
            {
                var image = CloudImagesJson.ParseListImagesResponse(Encoding.UTF8.GetBytes($$"""{"images":[{"created_at":"{{wire}}"}]}""")).Images![0];
                var server = ServersJson.ParseServer(Encoding.UTF8.GetBytes($$"""{"OS-SRV-USG:launched_at":"{{wire}}"}"""));

                Assert.Equal(expected, image.CreatedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(expected, server.LaunchedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                Assert.Null(image.AdditionalProperties);
            });
        }

        private static void InZone(string zone, Action test)
        {
            var before = Environment.GetEnvironmentVariable("TZ");
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
            try
            {
                // Without the zone's data (no tzdata) the process stays on UTC: the test then proves less, but still holds.
                test();
            }
            finally
            {
                Environment.SetEnvironmentVariable("TZ", before);
                TimeZoneInfo.ClearCachedData();
            }
        }
    }
}
