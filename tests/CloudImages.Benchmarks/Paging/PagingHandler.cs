using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CloudImages.Benchmarks.Inputs;

namespace CloudImages.Benchmarks.Paging
{
    /// <summary>An in-memory IMS that serves <see cref="Total"/> images in pages of 500, following the marker. One
    /// realistic page is built once; each request rewrites the ids in it, so the server side allocates almost nothing
    /// and holds one page, whatever the total.</summary>
    public sealed class PagingHandler : HttpMessageHandler
    {
        public const int PageSize = 500;
        private const int IdDigits = 12;

        private readonly byte[] _page;
        private readonly int[] _idEnds;
        private readonly int[] _imageEnds;

        public PagingHandler()
        {
            var images = ImagePage.Images(PageSize, ImagePage.Seed);
            _page = ImagePage.Write(images);
            _idEnds = new int[PageSize];
            _imageEnds = new int[PageSize];
            var position = "{\"images\":["u8.Length;
            for (var i = 0; i < PageSize; i++)
            {
                var id = images[i].AsSpan().IndexOf("\"id\":\""u8) + "\"id\":\""u8.Length + 36;
                _idEnds[i] = position + id;
                position += images[i].Length;
                _imageEnds[i] = position;
                position++; // the comma
            }
        }

        /// <summary>How many images the listing has.</summary>
        public int Total { get; set; }

        /// <summary>How many requests were served.</summary>
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            Requests++;
            var start = MarkerIndex(request.RequestUri!.Query) + 1;
            var count = Math.Clamp(Total - start, 0, PageSize);
            for (var i = 0; i < count; i++)
            {
                WriteHex(_page.AsSpan(_idEnds[i] - IdDigits, IdDigits), start + i);
            }

            HttpContent content;
            if (count == PageSize)
            {
                content = new ByteArrayContent(_page);
            }
            else
            {
                // The last, shorter page: a copy, so the template stays whole.
                var length = count == 0 ? "{\"images\":["u8.Length : _imageEnds[count - 1];
                var partial = new byte[length + 2];
                _page.AsSpan(0, length).CopyTo(partial);
                "]}"u8.CopyTo(partial.AsSpan(length));
                content = new ByteArrayContent(partial);
            }

            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }

        private static int MarkerIndex(string query)
        {
            var at = query.IndexOf("marker=", StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var end = query.IndexOf('&', at);
            var marker = query.AsSpan(at + "marker=".Length, (end < 0 ? query.Length : end) - at - "marker=".Length);
            return int.Parse(marker[^IdDigits..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        private static void WriteHex(Span<byte> digits, int value)
        {
            for (var i = digits.Length - 1; i >= 0; i--, value >>= 4)
            {
                digits[i] = (byte)"0123456789abcdef"[value & 0xF];
            }
        }
    }
}
