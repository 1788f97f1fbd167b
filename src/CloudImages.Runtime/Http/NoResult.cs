namespace CloudImages.Runtime
{
    /// <summary>The result of a call that reads nothing from its response.</summary>
    internal sealed class NoResult
    {
        public static readonly ApiResponseReader<NoResult?> Reader = new(null, static () => null, null);
    }
}
