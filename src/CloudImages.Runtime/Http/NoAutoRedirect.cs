using System.Net.Http;

namespace CloudImages.Runtime
{
    /// <summary>Makes sure, once, before a credential handler's first request, that nothing under it follows a
    /// redirect: the credentials are on the request by then, and would go wherever the redirect points.</summary>
    internal sealed class NoAutoRedirect
    {
        private readonly object _gate = new();
        private volatile bool _done;

        public void Ensure(HttpMessageHandler? innerHandler)
        {
            if (_done)
            {
                return;
            }

            lock (_gate)
            {
                if (!_done)
                {
                    AutoRedirect.Disable(innerHandler);
                    _done = true;
                }
            }
        }
    }
}
