using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>An HTTP/1.1 server on a loopback address that answers with whatever bytes a test writes, so that it can
    /// send what no well-behaved server would. It records each request's head, serves one request per connection,
    /// accepts a bounded number of connections and stops by itself after a minute at the latest.</summary>
    internal sealed class RawServer : IAsyncDisposable
    {
        private const int MaxConnections = 64;
        private const int MaxHeadBytes = 64 * 1024;
        private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

        private readonly TcpListener _listener;
        private readonly Func<RawRequest, Stream, CancellationToken, Task> _answer;
        private readonly CancellationTokenSource _stop = new(Lifetime);
        private readonly Task _accepting;

        private RawServer(IPAddress address, Func<RawRequest, Stream, CancellationToken, Task> answer)
        {
            _answer = answer;
            _listener = new TcpListener(address, 0);
            _listener.Start();
            var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            BaseAddress = new Uri($"http://{address}:{port}/");
            _accepting = AcceptAsync();
        }

        /// <summary>http://address:port/.</summary>
        public Uri BaseAddress { get; }

        /// <summary>The requests received, in order.</summary>
        public ConcurrentQueue<RawRequest> Requests { get; } = new();

        /// <summary>Listens on <paramref name="address"/> (any of 127.0.0.0/8 on Linux), answering each request with
        /// <paramref name="answer"/>, which writes the whole response; the connection closes after it.</summary>
        public static RawServer Start(string address, Func<RawRequest, Stream, CancellationToken, Task> answer) =>
            new(IPAddress.Parse(address), answer);

        /// <summary>Answers with a status line, <paramref name="headers"/> and <c>Connection: close</c>, then <paramref name="body"/>.</summary>
        public static async Task WriteAsync(Stream stream, int status, IEnumerable<string> headers, byte[] body, CancellationToken cancellationToken)
        {
            var head = new StringBuilder($"HTTP/1.1 {status} {(HttpStatusCode)status}\r\n");
            foreach (var header in headers)
            {
                head.Append(header).Append("\r\n");
            }

            head.Append("Connection: close\r\n\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancellationToken);
            await stream.WriteAsync(body, cancellationToken);
        }

        /// <summary>A complete JSON answer.</summary>
        public static Func<RawRequest, Stream, CancellationToken, Task> Json(string json, int status = 200) => (_, stream, token) =>
        {
            var body = Encoding.UTF8.GetBytes(json);
            return WriteAsync(stream, status, ["Content-Type: application/json", $"Content-Length: {body.Length}"], body, token);
        };

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            await _accepting;
            _stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            var connections = new List<Task>();
            try
            {
                while (connections.Count < MaxConnections)
                {
                    var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    connections.Add(ServeAsync(client));
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
            {
                // Stopped (InvalidOperationException: the listener stopped before the loop asked it for the next client).
            }

            await Task.WhenAll(connections);
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            {
                try
                {
                    var stream = client.GetStream();
                    if (await RawRequest.ReadAsync(stream, MaxHeadBytes, _stop.Token) is { } request)
                    {
                        Requests.Enqueue(request);
                        await _answer(request, stream, _stop.Token);
                    }
                }
                catch (Exception)
                {
                    // The client went away, or the server stopped: the test sees what the client saw.
                }
            }
        }
    }
}
