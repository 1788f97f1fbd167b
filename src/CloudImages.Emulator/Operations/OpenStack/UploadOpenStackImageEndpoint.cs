using System;
using System.Buffers;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Emulator
{
    /// <summary>PUT /v2/images/{image_id}/file: the file of an image whose metadata was created and is queued. The
    /// body is streamed: counted and hashed, never held. The image becomes active with its size and MD5 checksum.</summary>
    internal static class UploadOpenStackImageEndpoint
    {
        /// <summary>"The image to be uploaded must be smaller than 128 GB."</summary>
        public const long MaxBytes = 128L * 1024 * 1024 * 1024;

        public static Route Route { get; } = Route.Streaming("OpenStackUploadImage", "PUT", "/v2/images/{image_id}/file", HandleAsync);

        private static async ValueTask<ImsResponse> HandleAsync(ImsCall call)
        {
            var mediaType = call.ContentType?.Split(';')[0].Trim();
            if (!string.Equals(mediaType, "application/octet-stream", StringComparison.OrdinalIgnoreCase))
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"Content-Type '{call.ContentType}' is not application/octet-stream."));
            }

            var project = call.ProjectId;
            var id = call["image_id"];
            call.Run(state => Queued(state, project, id));
            var (size, checksum) = await ReadAsync(call.BodyStream ?? Stream.Null, call.Aborted).ConfigureAwait(false);

            // Checked again: another upload may have finished meanwhile.
            return call.Run(state =>
            {
                var image = Queued(state, project, id);
                state.PutImage(image with
                {
                    Status = "active",
                    Size = size,
                    ImageSize = size,
                    Checksum = checksum,
                    RootOrigin = "file",
                    ActiveAt = state.Now,
                    UpdatedAt = state.Now,
                });
                return ImsResponse.Empty(204);
            });
        }

        /// <summary>The caller's image, when it still waits for its file; else 404, 403 or 409.</summary>
        private static CatalogueImage Queued(ImsTransaction state, string project, string id)
        {
            var image = ImageLookup.Owned(state, project, id, openStack: true);
            return image.Status == "queued"
                ? image
                : throw new ImsRequestException(ImsErrors.Of("IMG.0046", $"'{id}' is {image.Status}, not queued for a file.") with { Status = 409 });
        }

        /// <summary>The size and the MD5 (hexadecimal) of the body, read a buffer at a time.</summary>
        private static async Task<(long Size, string Checksum)> ReadAsync(Stream body, CancellationToken cancellationToken)
        {
            using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
            var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                long size = 0;
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    size += read;
                    if (size >= MaxBytes)
                    {
                        throw ImsErrors.Refuse("IMG.0059", "the file is 128 GB or larger.");
                    }

                    md5.AppendData(buffer, 0, read);
                }

                return size > 0
                    ? (size, Convert.ToHexStringLower(md5.GetHashAndReset()))
                    : throw ImsErrors.Refuse("IMG.0057", "the body is empty.");
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
