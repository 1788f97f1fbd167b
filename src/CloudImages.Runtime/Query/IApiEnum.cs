namespace CloudImages.Runtime
{
    /// <summary>An open enumeration the generator emits: a struct over its wire text.</summary>
    public interface IApiEnum
    {
        /// <summary>The wire text; empty for <c>default</c>.</summary>
        string Value { get; }
    }
}
