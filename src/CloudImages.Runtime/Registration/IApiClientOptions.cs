using System;

namespace CloudImages.Runtime
{
    /// <summary>The options every generated client's registration takes: endpoint, AK/SK credentials and limits.
    /// Generated options classes implement it, so that <see cref="ApiClientSetup"/> applies them.</summary>
    public interface IApiClientOptions
    {
        /// <summary>The service endpoint; requests go to paths below it.</summary>
        Uri? Endpoint { get; set; }

        /// <summary>The access key (AK) of an AK/SK pair that signs every request (SDK-HMAC-SHA256).</summary>
        string? AccessKey { get; set; }

        /// <summary>The secret key (SK) of the AK/SK pair; it signs, and is never sent.</summary>
        string? SecretKey { get; set; }

        /// <summary>The project the AK/SK-signed requests act in, sent as X-Project-Id; optional.</summary>
        string? ProjectId { get; set; }

        /// <summary>HttpClient.Timeout, the cap on a whole call including retries; null keeps HttpClient's.</summary>
        TimeSpan? Timeout { get; set; }

        /// <summary>Whether the client checks queries against the documented rules before sending.</summary>
        bool ValidateQueries { get; set; }

        /// <summary>The largest response body the client reads, from 1 KiB to 1 GiB.</summary>
        int MaxResponseBytes { get; set; }
    }

    /// <summary>The options of a client whose API also takes a token in a header.</summary>
    public interface ITokenClientOptions : IApiClientOptions
    {
        /// <summary>A token, sent in the API's token header. Set it or an AK/SK pair, not both.</summary>
        string? Token { get; set; }
    }
}
