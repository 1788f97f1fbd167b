using System;

namespace CloudImages.Runtime
{
    /// <summary>How a generated client makes its result out of a success response: from the JSON body, from nothing
    /// when there is no body, and from the response headers.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <remarks>A response to HEAD, and a 204 or 205, has no body to read. An operation that documents no body
    /// (<c>body</c> null) has any body it receives drained, up to a small bound, and ignored.</remarks>
    public sealed class ApiResponseReader<T>
    {
        /// <summary>Creates the reader.</summary>
        /// <param name="body">Reads the JSON body; null when the operation documents none.</param>
        /// <param name="empty">Creates the result when there is no body to read: a response to HEAD, a 204 or 205, or any
        /// success when <paramref name="body"/> is null. Null when the operation always has a body; a response without
        /// one is then an <see cref="ApiFailureKind.InvalidResponse"/>.</param>
        /// <param name="headers">Sets the result's header-bound properties from the response headers; null when it has none.</param>
        /// <exception cref="ArgumentException"><paramref name="body"/> and <paramref name="empty"/> are both null.</exception>
        public ApiResponseReader(JsonValueReader<T>? body, Func<T>? empty, Action<ApiResponseHeaders, T>? headers)
        {
            if (body is null && empty is null)
            {
                throw new ArgumentException("A result is read from the body or created empty: give body, empty or both.", nameof(empty));
            }

            Body = body;
            Empty = empty;
            Headers = headers;
        }

        internal JsonValueReader<T>? Body { get; }

        internal Func<T>? Empty { get; }

        internal Action<ApiResponseHeaders, T>? Headers { get; }
    }
}
