using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;

namespace CloudImages.Runtime
{
    /// <summary>The request bodies a generated client sends.</summary>
    /// <remarks><see cref="ApiTransport"/> disposes the content it is given when the call ends, as
    /// <see cref="HttpRequestMessage"/> would; it keeps the content alive across redirects, which may send it again.</remarks>
    public static class ApiContent
    {
        /// <summary>A JSON body, written at once into pooled memory, so that its Content-Length is known and a 307 or
        /// 308 redirect can send it again. Disposing the content returns the memory to the pool.</summary>
        /// <typeparam name="T">The type of the body.</typeparam>
        /// <param name="value">The value to write.</param>
        /// <param name="write">Writes <paramref name="value"/> as one complete JSON value.</param>
        /// <param name="mediaType">The Content-Type, such as <c>application/json</c> or
        /// <c>application/openstack-images-v2.1-json-patch</c>; sent as given, with no charset added.</param>
        /// <exception cref="ArgumentException"><paramref name="mediaType"/> is not a valid media type.</exception>
        /// <exception cref="InvalidOperationException"><paramref name="write"/> wrote no value, or left an object or
        /// array open.</exception>
        public static HttpContent Json<T>(T value, JsonBodyWriter<T> write, string mediaType)
        {
            ArgumentNullException.ThrowIfNull(write);
            return JsonBody.Write(value, write, ContentType(mediaType));
        }

        /// <summary>A body read from <paramref name="content"/> while it is sent, in chunks, never held in memory
        /// whole. The caller owns the stream: it is read from its current position and never disposed here.</summary>
        /// <remarks>Its Content-Length is known when the stream can seek; otherwise the body is sent chunked. A 307 or
        /// 308 redirect after the body was read sends it again only when the stream can seek back to where it started;
        /// otherwise the redirect is refused with <see cref="ApiFailureKind.RedirectRefused"/>.</remarks>
        /// <param name="content">The stream to send, positioned at the body's start.</param>
        /// <param name="mediaType">The Content-Type, such as <c>application/octet-stream</c>; sent as given.</param>
        /// <exception cref="ArgumentException"><paramref name="content"/> cannot be read, or <paramref name="mediaType"/>
        /// is not a valid media type.</exception>
        public static HttpContent Binary(Stream content, string mediaType)
        {
            ArgumentNullException.ThrowIfNull(content);
            if (!content.CanRead)
            {
                throw new ArgumentException("The body stream cannot be read.", nameof(content));
            }

            return new StreamedContent(content, ContentType(mediaType));
        }

        private static MediaTypeHeaderValue ContentType(string mediaType)
        {
            ArgumentNullException.ThrowIfNull(mediaType);
            try
            {
                // The constructor takes a bare media type, and costs less than parsing; one with parameters
                // ("; charset=utf-8") is parsed.
                return mediaType.IndexOf(';') < 0 ? new MediaTypeHeaderValue(mediaType) : MediaTypeHeaderValue.Parse(mediaType);
            }
            catch (FormatException ex)
            {
                throw new ArgumentException($"'{MessageText.Escape(mediaType)}' is not a media type such as application/json.", nameof(mediaType), ex);
            }
        }
    }
}
