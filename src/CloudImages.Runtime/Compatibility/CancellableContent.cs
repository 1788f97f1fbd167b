using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>Content whose copy honours the caller's cancellation where the framework passes it on: .NET 5 and
    /// later do; netstandard2.0 has only the overload without a token.</summary>
    internal abstract class CancellableContent : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeAsync(stream, CancellationToken.None);

#if NET
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            SerializeAsync(stream, cancellationToken);
#endif

        protected abstract Task SerializeAsync(Stream stream, CancellationToken cancellationToken);
    }
}
