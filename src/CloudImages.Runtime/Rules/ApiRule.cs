namespace CloudImages.Runtime
{
    /// <summary>One documented rule over the wire values of an operation's parameters.</summary>
    public sealed partial class ApiRule
    {
    }
}
