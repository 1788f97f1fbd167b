using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>A response to send: status, body, its media type and any extra headers.</summary>
    internal sealed record ImsResponse(int Status, byte[] Body)
    {
        public const string JsonMediaType = "application/json;charset=UTF-8";

        /// <summary>The body's media type; null for no body.</summary>
        public string? ContentType { get; init; } = Body.Length == 0 ? null : JsonMediaType;

        /// <summary>Headers beside the usual ones (such as <c>Location</c>).</summary>
        public IReadOnlyDictionary<string, string> Headers { get; init; } = EmptyHeaders;

        private static readonly IReadOnlyDictionary<string, string> EmptyHeaders = new Dictionary<string, string>();

        public static ImsResponse For(ImsError error) => new(error.Status, ImageJson.WriteError(error));

        /// <summary>A status without a body, such as 204.</summary>
        public static ImsResponse Empty(int status) => new(status, Array.Empty<byte>());

        /// <summary>A JSON body written by <paramref name="write"/>, with the service's escaping.</summary>
        public static ImsResponse Json(int status, Action<Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>(1024);
            using (var writer = new Utf8JsonWriter(buffer, ImageJson.Options))
            {
                write(writer);
            }

            return new ImsResponse(status, buffer.WrittenSpan.ToArray());
        }

        /// <summary>The answer of an operation that started a job: <c>{"job_id": "..."}</c>.</summary>
        public static ImsResponse Job(ImsJob job, int status = 200) => Json(status, w =>
        {
            w.WriteStartObject();
            w.WriteString("job_id", job.Id);
            w.WriteEndObject();
        });
    }
}
