namespace CloudImages.Emulator
{
    /// <summary>What an injected fault does to a request.</summary>
    public enum ImsFaultKind
    {
        /// <summary>Answers an error status with its documented body (429 with Retry-After).</summary>
        ErrorStatus = 0,

        /// <summary>Waits, then serves the request normally; the wait ends early if the client goes away.</summary>
        SlowResponse = 1,

        /// <summary>Resets the connection before any response.</summary>
        DropConnection = 2,

        /// <summary>Sends the headers and half of the body, then resets the connection.</summary>
        TruncatedBody = 3,
    }
}
