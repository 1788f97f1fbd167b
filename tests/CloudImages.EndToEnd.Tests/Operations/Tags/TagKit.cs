using System.Net;
using System.Text;
using System.Text.Json;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.EndToEnd.Tests.Operations.Tags
{
    /// <summary>Images to tag, the tags an image has as each API tells, and refusals as the client and a raw
    /// HttpClient see them.</summary>
    internal static class TagKit
    {
        /// <summary>A project that owns public images the session's callers see but do not own.</summary>
        public const string OtherProjectId = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

        /// <summary>Adds an image of the owner (or of <paramref name="owner"/>) with <paramref name="tags"/>.</summary>
        public static CatalogueImage AddImage(this ImsSession s, string name, string? owner = null, bool isPublic = false, params ImageTag[] tags)
        {
            var image = new CatalogueImage
            {
                Id = Guid.NewGuid().ToString(),
                Name = name,
                Owner = owner ?? ImsSession.OwnerProjectId,
                Visibility = isPublic ? "public" : "private",
                ImageType = isPublic ? "gold" : "private",
                Tags = tags,
            };
            s.Ims.Catalogue.Add(image);
            return image;
        }

        /// <summary>The image's tags as ListImageTags answers them, as key=value, in its order.</summary>
        public static async Task<List<string>> TagsOf(this CloudImagesClient client, string imageId)
        {
            var answer = await client.ListImageTagsAsync(new ListImageTagsQuery { ImageId = imageId });
            return Assert.IsAssignableFrom<IReadOnlyList<ResourceTag>>(answer.Tags).Select(t => $"{t.Key}={t.Value}").ToList();
        }

        /// <summary>The image's tags as the emulator stores them, as key=value.</summary>
        public static List<string> Stored(this ImsSession s, string imageId) =>
            Assert.IsType<CatalogueImage>(s.Ims.Catalogue.Find(imageId)).Tags.Select(t => $"{t.Key}={t.Value}").ToList();

        /// <summary>The ids ListImagesAsync finds with <c>tag=key=value</c>.</summary>
        public static async Task<List<string>> FoundByTag(this CloudImagesClient client, string keyEqualsValue)
        {
            var answer = await client.ListImagesAsync(new ListImagesQuery { Tag = keyEqualsValue });
            return (answer.Images ?? Array.Empty<Image>()).Select(i => i.Id!).ToList();
        }

        /// <summary>Asserts that <paramref name="call"/> is refused with <paramref name="status"/> and <paramref name="code"/>.</summary>
        public static async Task<ApiException> Refused(HttpStatusCode status, string code, Func<Task> call)
        {
            var error = await Assert.ThrowsAsync<ApiException>(call);
            Assert.Equal((status, code), (error.StatusCode, error.ErrorCode));
            Assert.False(string.IsNullOrEmpty(error.ErrorMessage));
            return error;
        }

        /// <summary>Sends <paramref name="body"/> as the owner with a plain HttpClient; the status and the IMS code.</summary>
        public static async Task<(HttpStatusCode Status, string? Code)> SendRaw(this ImsSession s, HttpMethod method, string path, string? body)
        {
            using var http = new HttpClient { BaseAddress = s.Ims.BaseAddress };
            using var request = new HttpRequestMessage(method, path.TrimStart('/'));
            request.Headers.Add("X-Auth-Token", ImsSession.OwnerToken);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (text.Length == 0)
            {
                return (response.StatusCode, null);
            }

            using var json = JsonDocument.Parse(text);
            var code = json.RootElement.TryGetProperty("error", out var error) ? error.GetProperty("code").GetString() : null;
            return (response.StatusCode, code);
        }

        /// <summary>AddImageTagAsync of one key and value.</summary>
        public static Task AddTag(this CloudImagesClient client, string imageId, string key, string value) =>
            client.AddImageTagAsync(new AddImageTagRequest { ImageId = imageId, Tag = new NewImageTag { Key = key, Value = value } });

        /// <summary>DeleteImageTagAsync of one key.</summary>
        public static Task DeleteTag(this CloudImagesClient client, string imageId, string key) =>
            client.DeleteImageTagAsync(new DeleteImageTagQuery { ImageId = imageId, Key = key });

        /// <summary>BatchUpdateImageTagsAsync of <paramref name="tags"/> (a null value is not sent).</summary>
        public static Task Batch(this CloudImagesClient client, string imageId, BatchTagAction action, params (string Key, string? Value)[] tags) =>
            client.BatchUpdateImageTagsAsync(new BatchUpdateImageTagsRequest
            {
                ImageId = imageId,
                Action = action,
                Tags = tags.Select(t => new BatchImageTag { Key = t.Key, Value = t.Value }).ToList(),
            });

        /// <summary>SetImageTagAsync of a tag given as key.value.</summary>
        public static Task SetTag(this CloudImagesClient client, string imageId, string keyDotValue) =>
            client.SetImageTagAsync(new SetImageTagRequest { ImageId = imageId, Tag = keyDotValue });

        /// <summary>OpenStackAddImageTagAsync of one key.</summary>
        public static Task AddOpenStackTag(this CloudImagesClient client, string imageId, string tag) =>
            client.OpenStackAddImageTagAsync(new OpenStackAddImageTagQuery { ImageId = imageId, Tag = tag });

        /// <summary>OpenStackDeleteImageTagAsync of one key.</summary>
        public static Task DeleteOpenStackTag(this CloudImagesClient client, string imageId, string tag) =>
            client.OpenStackDeleteImageTagAsync(new OpenStackDeleteImageTagQuery { ImageId = imageId, Tag = tag });

        public static ImageTag Tag(string key, string value = "") => new(key, value);
    }
}
