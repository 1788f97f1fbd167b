using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.EndToEnd.Tests.Operations.OpenStack
{
    /// <summary>What the OpenStack image tests share: images made through the API or put in the catalogue, raw
    /// requests for bodies the client does not send, and the checks of a refusal.</summary>
    internal static class OpenStackKit
    {
        public const string OtherProject = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

        public static Task<OpenStackImage> CreateAsync(ImsSession s, string name = "os-image", bool isProtected = false, params string[] tags) =>
            s.Owner.OpenStackCreateImageAsync(new OpenStackCreateImageRequest { Name = name, Protected = isProtected, Tags = tags });

        public static Task<OpenStackImage> GetAsync(CloudImagesClient client, string id) =>
            client.OpenStackGetImageAsync(new OpenStackGetImageQuery { ImageId = id });

        /// <summary>The image as the IMS-native "Querying Images" lists it for the owner, or null.</summary>
        public static async Task<Image?> NativeAsync(ImsSession s, string id) =>
            (await s.Owner.ListImagesAsync(new ListImagesQuery { Id = id })).Images!.SingleOrDefault();

        /// <summary>A public image of another project, which every project sees.</summary>
        public static CatalogueImage AddPublic(ImsSession s) => Add(s, new CatalogueImage
        {
            Id = Guid.NewGuid().ToString(),
            Name = "public-image",
            Owner = CatalogueGenerator.PublicOwner,
            Visibility = "public",
            ImageType = "gold",
        });

        /// <summary>An image another project shares with the owner's project, which has accepted it.</summary>
        public static CatalogueImage AddSharedWithOwner(ImsSession s) => Add(s, new CatalogueImage
        {
            Id = Guid.NewGuid().ToString(),
            Name = "shared-with-us",
            Owner = OtherProject,
            Visibility = "shared",
            ImageType = "shared",
            MemberStatus = "accepted",
        });

        public static CatalogueImage Add(ImsSession s, CatalogueImage image)
        {
            s.Ims.Catalogue.Add(image);
            return image;
        }

        public static async Task<ApiException> RefusedAsync(Func<Task> call, HttpStatusCode status, string code)
        {
            var error = await Assert.ThrowsAsync<ApiException>(call);
            Assert.Equal(status, error.StatusCode);
            Assert.Equal(code, error.ErrorCode);
            Assert.NotNull(error.RequestId);
            return error;
        }

        /// <summary>Sends a body as the owner, past the client's checks; the status and the IMS error code, if any.</summary>
        public static async Task<(HttpStatusCode Status, string? Code)> SendAsync(
            ImsSession s, HttpMethod method, string path, string? body, string mediaType = "application/json")
        {
            using var http = new HttpClient { BaseAddress = s.Ims.BaseAddress };
            using var request = new HttpRequestMessage(method, path.TrimStart('/'));
            request.Headers.Add("X-Auth-Token", ImsSession.OwnerToken);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
            }

            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            string? code = null;
            if (text.Length > 0 && JsonDocument.Parse(text).RootElement.TryGetProperty("error", out var error))
            {
                code = error.GetProperty("code").GetString();
            }

            return (response.StatusCode, code);
        }

        /// <summary>A GET as the owner: the status and the parsed body.</summary>
        public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetRawAsync(
            ImsSession s, string path, string method = "GET", string? body = null)
        {
            using var http = new HttpClient { BaseAddress = s.Ims.BaseAddress };
            using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
            request.Headers.Add("X-Auth-Token", ImsSession.OwnerToken);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response);
        }
    }
}
