using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>What the creating and importing tests share: the default inventory as a new emulator gets it, finding
    /// an image as its owner sees it, and refusals through the client or a raw request.</summary>
    internal static class CreateFixtures
    {
        /// <summary>The inventory every session starts with, read from the public options, not from the emulator.</summary>
        public static InventoryOptions Inventory { get; } = new();

        public static EcsServer Server(string id) => Inventory.Servers.Single(s => s.Id == id);

        public static EvsVolume Volume(string id) => Inventory.Volumes.Single(v => v.Id == id);

        public static BucketObject File(string key) => Inventory.BucketObjects.Single(o => o.Key == key);

        /// <summary>A data disk image of <paramref name="key"/>, a file of the default bucket.</summary>
        public static CreateDataImageRequest DataFile(string name, string key = "data-disk.vhd", int minDisk = 40) =>
            new() { Name = name, ImageUrl = DefaultInventory.Bucket + ":" + key, MinDisk = minDisk };

        /// <summary>Data disk images of <paramref name="volumeIds"/>, named d0, d1, ...; nothing else.</summary>
        public static CreateImageRequest DataDisks(params string[] volumeIds) =>
            new() { DataImages = volumeIds.Select((id, i) => new CreateImageDataImage { Name = "d" + i, VolumeId = id }).ToArray() };

        /// <summary>A system disk image of an ECS with a data disk image of <paramref name="volumeId"/>: IMS takes both,
        /// the spec's client rule refuses instance_id with data_images, so the client must not validate it.</summary>
        public static CreateImageRequest WithDataImage(string name, string serverId, string dataName, string volumeId)
        {
            #pragma warning disable CIMG0002 // breaks the client's rule on purpose
            return new CreateImageRequest
            {
                Name = name,
                InstanceId = serverId,
                DataImages = new[] { new CreateImageDataImage { Name = dataName, VolumeId = volumeId } },
            };
            #pragma warning restore CIMG0002
        }

        /// <summary>The one image with <paramref name="id"/> that <paramref name="client"/> sees.</summary>
        public static async Task<Image> FindAsync(CloudImagesClient client, string id) =>
            Assert.Single((await client.ListImagesAsync(new ListImagesQuery { Id = id })).Images!);

        /// <summary>The one image named <paramref name="name"/> that <paramref name="client"/> sees.</summary>
        public static async Task<Image> FindByNameAsync(CloudImagesClient client, string name) =>
            Assert.Single((await client.ListImagesAsync(new ListImagesQuery { Name = name })).Images!);

        /// <summary>Asserts that <paramref name="call"/> is refused with <paramref name="code"/> (400 unless said).</summary>
        public static async Task<ApiException> RefusedAsync(Func<Task> call, string code, HttpStatusCode status = HttpStatusCode.BadRequest)
        {
            var error = await Assert.ThrowsAsync<ApiException>(call);
            Assert.Equal(status, error.StatusCode);
            Assert.Equal(code, error.ErrorCode);
            return error;
        }

        /// <summary>Posts <paramref name="body"/> as the owner, bypassing the client; returns the status and the IMS
        /// error code of the answer.</summary>
        public static async Task<(HttpStatusCode Status, string? Code)> PostRawAsync(ImsSession s, string path, string body)
        {
            using var http = new HttpClient { BaseAddress = s.Ims.BaseAddress };
            using var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/'))
            {
                Content = new StringContent(body, Encoding.UTF8),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add("X-Auth-Token", ImsSession.OwnerToken);
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            using var json = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
            var code = json.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var c) ? c.GetString() : null;
            return (response.StatusCode, code);
        }

        /// <summary>A session whose inventory also holds <paramref name="files"/> in the default bucket.</summary>
        public static Task<ImsSession> StartWithFilesAsync(params (string Key, long Bytes)[] files) =>
            ImsSession.StartAsync(configure: o =>
            {
                foreach (var (key, bytes) in files)
                {
                    o.Inventory.BucketObjects.Add(new BucketObject(DefaultInventory.Bucket, key, bytes));
                }
            });
    }
}
