using System.Net;
using System.Text;
using System.Text.Json;
using CloudImages.Emulator;
using CloudImages.Runtime;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>What the register, update, export, copy and quota tests share: images put straight into the
    /// catalogue, refusals checked by status and IMG code, and requests the generated client would not send.</summary>
    internal static class ImageManagementFixture
    {
        /// <summary>An image file of the default inventory, 1 GiB.</summary>
        public const string CentosFile = DefaultInventory.Bucket + ":centos7.qcow2";

        public const long CentosFileBytes = 1_073_741_824;

        /// <summary>A project other than the session's two.</summary>
        public const string OtherProject = "0b1e494e2660441a957313163095fe5c";

        /// <summary>Adds an active private image of the owner, 2 GiB, changed by <paramref name="configure"/>.</summary>
        public static CatalogueImage AddImage(ImsSession s, string name, Func<CatalogueImage, CatalogueImage>? configure = null)
        {
            var image = new CatalogueImage
            {
                Id = Guid.NewGuid().ToString(),
                Name = name,
                Owner = ImsSession.OwnerProjectId,
                Size = 2L << 30,
                ImageSize = 2L << 30,
            };
            image = configure?.Invoke(image) ?? image;
            s.Ims.Catalogue.Add(image);
            return image;
        }

        /// <summary>The image as the emulator has it now.</summary>
        public static CatalogueImage Stored(ImsSession s, string id) =>
            s.Ims.Catalogue.Find(id) ?? throw new InvalidOperationException($"no image {id}");

        /// <summary>A public image, of the project that publishes them.</summary>
        public static CatalogueImage Public(CatalogueImage image) =>
            image with { Owner = CatalogueGenerator.PublicOwner, Visibility = "public", ImageType = "gold" };

        /// <summary>An image another project shares with the owner's project, which has <paramref name="status"/> for it.</summary>
        public static CatalogueImage SharedWithOwner(CatalogueImage image, string status = "accepted") =>
            image with { Owner = OtherProject, Visibility = "shared", ImageType = "shared", MemberStatus = status };

        public static async Task<ApiException> RefusedAsync(Func<Task> call, HttpStatusCode status, string code)
        {
            var error = await Assert.ThrowsAsync<ApiException>(call);
            Assert.Equal(status, error.StatusCode);
            Assert.Equal(code, error.ErrorCode);
            Assert.False(string.IsNullOrEmpty(error.RequestId));
            return error;
        }

        public static Task<ApiException> BadRequestAsync(Func<Task> call, string code) => RefusedAsync(call, HttpStatusCode.BadRequest, code);

        /// <summary>Sends <paramref name="body"/> as the owner, bypassing the client's checks; the status and IMG code.</summary>
        public static async Task<(HttpStatusCode Status, string? Code)> SendRawAsync(ImsSession s, string method, string path, string? body)
        {
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(s.Ims.BaseAddress, path));
            request.Headers.Add("X-Auth-Token", ImsSession.OwnerToken);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
            var code = document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var c) ? c.GetString() : null;
            return (response.StatusCode, code);
        }

        /// <summary>Asserts that <paramref name="body"/> sent raw is a 400 with <paramref name="code"/>.</summary>
        public static async Task RawRefusedAsync(ImsSession s, string method, string path, string? body, string code)
        {
            var (status, actual) = await SendRawAsync(s, method, path, body);
            Assert.Equal((HttpStatusCode.BadRequest, code), (status, actual));
        }
    }
}
