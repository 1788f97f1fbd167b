using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CloudImages.Runtime
{
    /// <summary>Writes JSON bodies with one writer and one buffer writer per thread, so a body costs its content
    /// object and a pooled array, never a writer of its own.</summary>
    internal static class JsonBody
    {
        [ThreadStatic]
        private static PooledBufferWriter? t_output;

        [ThreadStatic]
        private static Utf8JsonWriter? t_writer;

        /// <exception cref="InvalidOperationException"><paramref name="write"/> wrote no value, or left one open.</exception>
        public static HttpContent Write<T>(T value, JsonBodyWriter<T> write, MediaTypeHeaderValue contentType)
        {
            // Taken off the thread while in use: a body writer that makes a body of its own gets fresh ones.
            var output = t_output ?? new PooledBufferWriter();
            var writer = t_writer;
            t_output = null;
            t_writer = null;
            if (writer is null)
            {
                writer = new Utf8JsonWriter(output);
            }
            else
            {
                writer.Reset(output);
            }

            try
            {
                write(writer, value);
                writer.Flush();
                if (writer.BytesCommitted == 0 || writer.CurrentDepth != 0)
                {
                    throw new InvalidOperationException(
                        $"The body writer for {typeof(T).Name} wrote {(writer.BytesCommitted == 0 ? "nothing" : "an incomplete JSON value")}.");
                }

                var buffer = output.Detach(out var length);
                return new PooledJsonContent(buffer, length, contentType);
            }
            finally
            {
                // After a failure the writer may hold a partial value; Reset clears it before its next use.
                output.Clear();
                t_output = output;
                t_writer = writer;
            }
        }
    }
}
