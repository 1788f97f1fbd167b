using System.Net;
using System.Net.Sockets;
using System.Text;
using CloudImages.Emulator;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.OpenStack.OpenStackKit;

namespace CloudImages.EndToEnd.Tests.Operations.OpenStack
{
    public sealed class OpenStackGetDeleteImageTests
    {
        [Fact]
        public async Task Details_are_what_the_caller_sees()
        {
            await using var s = await ImsSession.StartAsync();
            var shared = AddSharedWithOwner(s);
            var publicImage = AddPublic(s);

            var asOwner = await GetAsync(s.Owner, shared.Id);
            var asMember = await GetAsync(s.Member, publicImage.Id);

            Assert.Equal((OtherProject, Visibility.Shared, ImageType.Shared), (asOwner.Owner, asOwner.Visibility, asOwner.ImageType));
            Assert.Equal(
                (CatalogueGenerator.PublicOwner, Visibility.Public, ImageType.Gold), (asMember.Owner, asMember.Visibility, asMember.ImageType));
            await RefusedAsync(() => GetAsync(s.Member, shared.Id), HttpStatusCode.NotFound, "IMG.0027");
            await RefusedAsync(() => GetAsync(s.Owner, Guid.NewGuid().ToString()), HttpStatusCode.NotFound, "IMG.0027");
        }

        [Fact]
        public async Task Deleting_an_own_image_removes_it_from_both_apis()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s, "doomed");
            var kept = await CreateAsync(s, "kept");

            await s.Owner.OpenStackDeleteImageAsync(new OpenStackDeleteImageRequest { ImageId = image.Id!, DeleteBackup = true });

            await RefusedAsync(() => GetAsync(s.Owner, image.Id!), HttpStatusCode.NotFound, "IMG.0027");
            Assert.Null(await NativeAsync(s, image.Id!));
            Assert.NotNull(await NativeAsync(s, kept.Id!));
            await RefusedAsync(() => Delete(s.Owner, image.Id!), HttpStatusCode.NotFound, "IMG.0027");
        }

        [Fact]
        public async Task The_answer_is_204_without_a_body()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s);

            var (status, code) = await SendAsync(s, HttpMethod.Delete, $"/v2/images/{image.Id}", null);

            Assert.Equal((HttpStatusCode.NoContent, (string?)null), (status, code));
        }

        [Fact]
        public async Task The_connection_stays_open_after_a_204()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s);
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(s.Ims.BaseAddress.Host, s.Ims.BaseAddress.Port);
            using var connection = tcp.GetStream();
            var headers = $"HTTP/1.1\r\nHost: {s.Ims.BaseAddress.Authority}\r\nX-Auth-Token: {ImsSession.OwnerToken}\r\n\r\n";

            var deleted = await ExchangeAsync(connection, $"DELETE /v2/images/{image.Id} {headers}");
            var listed = await ExchangeAsync(connection, $"GET /v2/images {headers}");

            Assert.StartsWith("HTTP/1.1 204", deleted, StringComparison.Ordinal);
            Assert.DoesNotContain("Content-Length", deleted, StringComparison.OrdinalIgnoreCase);
            Assert.StartsWith("HTTP/1.1 200", listed, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_protected_image_is_not_deleted()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s, "guarded", isProtected: true);

            await RefusedAsync(() => Delete(s.Owner, image.Id!), HttpStatusCode.BadRequest, "IMG.0028");

            Assert.Equal(ImageStatus.Queued, (await GetAsync(s.Owner, image.Id!)).Status);
        }

        [Fact]
        public async Task Only_the_owner_deletes_and_never_a_public_image()
        {
            await using var s = await ImsSession.StartAsync();
            var shared = AddSharedWithOwner(s);
            var publicImage = AddPublic(s);
            var own = await CreateAsync(s);

            await RefusedAsync(() => Delete(s.Owner, shared.Id), HttpStatusCode.BadRequest, "IMG.0092");
            await RefusedAsync(() => Delete(s.Owner, publicImage.Id), HttpStatusCode.BadRequest, "IMG.0094");
            await RefusedAsync(() => Delete(s.Member, own.Id!), HttpStatusCode.NotFound, "IMG.0027");

            Assert.Equal(3, s.Ims.Catalogue.Count);
        }

        [Fact]
        public async Task An_image_being_saved_is_not_deleted()
        {
            await using var s = await ImsSession.StartAsync();
            var saving = Add(s, new CatalogueImage { Id = Guid.NewGuid().ToString(), Name = "saving", Status = "saving" });

            await RefusedAsync(() => Delete(s.Owner, saving.Id), HttpStatusCode.BadRequest, "IMG.0090");
        }

        private static Task Delete(CloudImagesClient client, string id) =>
            client.OpenStackDeleteImageAsync(new OpenStackDeleteImageRequest { ImageId = id });

        /// <summary>Sends one request and reads its answer's head; empty when the server closed the connection.</summary>
        private static async Task<string> ExchangeAsync(NetworkStream connection, string request)
        {
            await connection.WriteAsync(Encoding.ASCII.GetBytes(request));
            var head = new StringBuilder();
            var buffer = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await connection.ReadAsync(buffer) == 1)
            {
                head.Append((char)buffer[0]);
            }

            var text = head.ToString();
            var length = text.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) is { } line
                ? int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)
                : 0;
            await connection.ReadExactlyAsync(new byte[length]);
            return text;
        }

        [Theory]
        [InlineData("{\"delete_backup\": \"yes\"}")]
        [InlineData("{\"delete_everything\": true}")]
        [InlineData("[true]")]
        public async Task A_malformed_body_is_a_400_and_deletes_nothing(string body)
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s);

            var (status, code) = await SendAsync(s, HttpMethod.Delete, $"/v2/images/{image.Id}", body);

            Assert.Equal((HttpStatusCode.BadRequest, "IMG.0001"), (status, code));
            Assert.NotNull(await NativeAsync(s, image.Id!));
        }
    }
}
