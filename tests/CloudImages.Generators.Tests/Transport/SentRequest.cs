namespace CloudImages.Generators.Tests.Transport
{
    /// <summary>What a request carried when the handler received it: its content is gone once the call ends.</summary>
    internal sealed record SentRequest(HttpMethod Method, Uri Uri, string? ContentType, long? ContentLength, byte[]? Body);
}
