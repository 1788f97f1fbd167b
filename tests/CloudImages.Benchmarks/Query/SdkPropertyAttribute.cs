namespace CloudImages.Benchmarks.Query
{
    /// <summary>How the official SDK marks where a request property travels.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class SdkPropertyAttribute(string propertyName) : Attribute
    {
        public string PropertyName { get; } = propertyName;

        public bool IsQuery { get; set; }

        public bool IsPath { get; set; }

        public bool IsHeader { get; set; }
    }
}
