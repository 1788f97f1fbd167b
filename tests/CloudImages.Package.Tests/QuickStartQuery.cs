using System.Text.Json;

namespace CloudImages.Package.Tests
{
    /// <summary>The README quick start's query, and what the emulator answers to it when asked without the generated
    /// client: the independent expectation of the consumer tests.</summary>
    internal static class QuickStartQuery
    {
        public const string PathAndQuery = "v2/cloudimages?__imagetype=gold&protected=true&visibility=public&__platform=Ubuntu&limit=3&sort_key=name&sort_dir=asc";

        public static Uri On(Uri emulator) => new(emulator, PathAndQuery);

        /// <summary>The images of the response, in order.</summary>
        public static async Task<IReadOnlyList<JsonElement>> ImagesAsync(Uri emulator)
        {
            using var http = new HttpClient();
            using var response = JsonDocument.Parse(await http.GetStringAsync(On(emulator)));
            return response.RootElement.GetProperty("images").EnumerateArray().Select(i => i.Clone()).ToList();
        }
    }
}
