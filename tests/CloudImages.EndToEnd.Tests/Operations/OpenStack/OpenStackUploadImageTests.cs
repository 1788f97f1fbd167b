using System.Net;
using System.Security.Cryptography;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.OpenStack.OpenStackKit;

namespace CloudImages.EndToEnd.Tests.Operations.OpenStack
{
    public sealed class OpenStackUploadImageTests
    {
        [Fact]
        public async Task Uploading_several_megabytes_from_a_stream_makes_the_image_active_with_its_size()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s, "uploaded");
            const int size = (6 * 1024 * 1024) + 123;
            s.Clock.Advance(TimeSpan.FromMinutes(1));

            await using (var file = new PatternStream(size))
            {
                await s.Owner.OpenStackUploadImageAsync(new OpenStackUploadImageRequest { ImageId = image.Id!, Content = file });
            }

            var details = await GetAsync(s.Owner, image.Id!);
            Assert.Equal(ImageStatus.Active, details.Status);
            Assert.Equal((size, size), (details.Size, details.ImageSize));
            Assert.Equal(Convert.ToHexStringLower(MD5.HashData(PatternStream.Bytes(size))), details.Checksum);
            Assert.Equal(s.Clock.GetUtcNow(), details.ActiveAt);
            var native = await NativeAsync(s, image.Id!);
            Assert.Equal((ImageStatus.Active, (long?)size), (native!.Status, native.Size));
        }

        [Fact]
        public async Task The_answer_is_204()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s);

            var (status, code) = await SendAsync(s, HttpMethod.Put, $"/v2/images/{image.Id}/file", "zvhd2 bytes", "application/octet-stream");

            Assert.Equal((HttpStatusCode.NoContent, (string?)null), (status, code));
        }

        [Fact]
        public async Task An_image_that_is_not_queued_takes_no_file()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s);
            await Upload(s.Owner, image.Id!, 10);

            await RefusedAsync(() => Upload(s.Owner, image.Id!, 20), HttpStatusCode.Conflict, "IMG.0046");

            Assert.Equal(10, (await GetAsync(s.Owner, image.Id!)).Size);
        }

        [Fact]
        public async Task An_empty_file_is_refused_and_the_image_stays_queued()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s);

            await RefusedAsync(() => Upload(s.Owner, image.Id!, 0), HttpStatusCode.BadRequest, "IMG.0057");

            Assert.Equal(ImageStatus.Queued, (await GetAsync(s.Owner, image.Id!)).Status);
        }

        [Fact]
        public async Task Only_the_owner_uploads_to_an_image_it_sees()
        {
            await using var s = await ImsSession.StartAsync();
            var own = await CreateAsync(s);
            var publicImage = AddPublic(s);

            await RefusedAsync(() => Upload(s.Member, own.Id!, 10), HttpStatusCode.NotFound, "IMG.0027");
            await RefusedAsync(() => Upload(s.Member, publicImage.Id, 10), HttpStatusCode.Forbidden, "IMG.0026");
            await RefusedAsync(() => Upload(s.Owner, Guid.NewGuid().ToString(), 10), HttpStatusCode.NotFound, "IMG.0027");
            Assert.Equal(ImageStatus.Queued, (await GetAsync(s.Owner, own.Id!)).Status);
        }

        [Fact]
        public async Task Another_media_type_is_a_400()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s);

            var (status, code) = await SendAsync(s, HttpMethod.Put, $"/v2/images/{image.Id}/file", "{}", "application/json");

            Assert.Equal((HttpStatusCode.BadRequest, "IMG.0001"), (status, code));
            Assert.Equal(ImageStatus.Queued, (await GetAsync(s.Owner, image.Id!)).Status);
        }

        private static async Task Upload(CloudImagesClient client, string id, int size)
        {
            await using var file = new PatternStream(size);
            await client.OpenStackUploadImageAsync(new OpenStackUploadImageRequest { ImageId = id, Content = file });
        }

        /// <summary>A file of <c>length</c> bytes made as it is read: forward-only, of unknown length, so the client
        /// streams it.</summary>
        private sealed class PatternStream(long length) : Stream
        {
            private long _position;

            public static byte[] Bytes(int length)
            {
                var bytes = new byte[length];
                for (var i = 0; i < length; i++)
                {
                    bytes[i] = At(i);
                }

                return bytes;
            }

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count)
            {
                var n = (int)Math.Min(count, length - _position);
                for (var i = 0; i < n; i++)
                {
                    buffer[offset + i] = At(_position + i);
                }

                _position += n;
                return n;
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            private static byte At(long index) => (byte)((index * 31) % 251);
        }
    }
}
