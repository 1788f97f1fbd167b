using System.Net.Http;

namespace CloudImages.Runtime
{
    /// <summary>A request body of <see cref="ApiContent"/>, which one call may send more than once: a 307 or 308
    /// redirect sends it again.</summary>
    internal abstract class RequestContent : CancellableContent
    {
        private bool _held;
        private bool _released;

        /// <summary>Keeps <paramref name="content"/> usable until <see cref="Release"/>, whoever disposes it in between:
        /// .NET Framework's HttpClient disposes a request's content once the request is sent, and a redirect may need it
        /// again.</summary>
        public static void Hold(HttpContent? content)
        {
            if (content is RequestContent ours)
            {
                ours._held = true;
            }
        }

        /// <summary>Ends the call's hold and disposes <paramref name="content"/>.</summary>
        public static void Release(HttpContent? content)
        {
            if (content is RequestContent ours)
            {
                ours._held = false;
            }

            content?.Dispose();
        }

        /// <summary>Readies <paramref name="content"/> to be sent again; false when it cannot be. Content of other
        /// kinds is sent again as it is.</summary>
        public static bool TryRewind(HttpContent content) => content is not RequestContent ours || ours.Rewind();

        /// <summary>Readies the body to be sent again; false when it cannot be.</summary>
        protected abstract bool Rewind();

        /// <summary>Releases what the body holds, once.</summary>
        protected abstract void Free();

        protected sealed override void Dispose(bool disposing)
        {
            if (disposing && _held)
            {
                // Put off until the call releases it.
                return;
            }

            if (disposing && !_released)
            {
                _released = true;
                Free();
            }

            base.Dispose(disposing);
        }
    }
}
