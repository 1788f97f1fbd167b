namespace CloudImages.Emulator
{
    /// <summary>An error response: HTTP status, and the code and message of the IMS body
    /// <c>{"error":{"code","message"}}</c>.</summary>
    /// <param name="Status">The HTTP status.</param>
    /// <param name="Code">An IMS code (IMG.xxxx) from the error-code page, or an API gateway code (APIG.xxxx) for
    /// what the gateway in front of IMS answers: authentication, throttling, unknown paths.</param>
    /// <param name="Message">The documented message, with what was wrong after a colon.</param>
    public sealed record ImsError(int Status, string Code, string Message);
}
