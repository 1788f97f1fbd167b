using System.Net;
using System.Text.Json;

namespace CloudImages.Package.Tests
{
    /// <summary>The few IMS calls the standalone tests make, with a plain HttpClient: what a user's curl would send.</summary>
    internal static class RawIms
    {
        /// <summary>Ids of the caller's own active images, in the listing's order.</summary>
        public static async Task<IReadOnlyList<string>> OwnImageIdsAsync(HttpClient http, Uri emulator, int limit)
        {
            var images = await ImagesAsync(http, new Uri(emulator, $"v2/cloudimages?__imagetype=private&status=active&limit={limit}"));
            return images.Select(i => i.GetProperty("id").GetString()!).ToList();
        }

        /// <summary>The images of one listing page.</summary>
        public static async Task<IReadOnlyList<JsonElement>> ImagesAsync(HttpClient http, Uri listing)
        {
            using var response = JsonDocument.Parse(await http.GetStringAsync(listing));
            return response.RootElement.GetProperty("images").EnumerateArray().Select(i => i.Clone()).ToList();
        }

        /// <summary>PUT /v2/images/{image_id}/tags/{tag}, the OpenStack tag add: 204 when done.</summary>
        public static async Task<HttpStatusCode> AddTagAsync(HttpClient http, Uri emulator, string imageId, string tag)
        {
            using var response = await http.PutAsync(new Uri(emulator, $"v2/images/{imageId}/tags/{tag}"), content: null);
            return response.StatusCode;
        }

        /// <summary>The tag keys of one image, as the listing shows them (<c>key.value</c>, the value empty for an
        /// OpenStack tag).</summary>
        public static async Task<IReadOnlySet<string>> TagKeysAsync(HttpClient http, Uri emulator, string imageId)
        {
            var image = (await ImagesAsync(http, new Uri(emulator, $"v2/cloudimages?id={imageId}"))).Single();
            return image.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        }
    }
}
