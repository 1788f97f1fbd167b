namespace CloudImages.Emulator
{
    /// <summary>A JSON response to send: status and UTF-8 body.</summary>
    internal sealed record ImsResponse(int Status, byte[] Body)
    {
        public static ImsResponse For(ImsError error) => new(error.Status, ImageJson.WriteError(error));
    }
}
