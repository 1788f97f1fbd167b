namespace CloudImages.Benchmarks.Deserialization.SdkStyle
{
    /// <summary>The official SDK's "class enum" (huaweicloud/huaweicloud-sdk-net-v3, Services/Ims/V2/Model/ImageInfo.cs,
    /// e.g. <c>OsBitEnum</c>): one static instance per documented value in a case-sensitive dictionary, FromValue
    /// returning null for any other text, a public constructor from the text, equality ignoring case. Written once
    /// here instead of once per enum, as the SDK does.</summary>
    public abstract class SdkEnum<TSelf> : IEquatable<TSelf>
        where TSelf : SdkEnum<TSelf>
    {
        // ImageInfo.cs: "private static readonly Dictionary<string, OsBitEnum> StaticFields" (default comparer).
        private static readonly Dictionary<string, TSelf> StaticFields = new(StringComparer.Ordinal);

        // ImageInfo.cs: "private string Value;"; Core/EnumClassConverter.cs reads its type by reflection.
        private readonly string _value;

        protected SdkEnum(string value) => _value = value;

        public static TSelf? FromValue(string? value)
        {
            // The static instances register themselves in their class's initializer.
            System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(TSelf).TypeHandle);
            return value is not null && StaticFields.TryGetValue(value, out var known) ? known : null;
        }

        public string GetValue() => _value;

        public override string ToString() => _value;

        public bool Equals(TSelf? other) => other is not null && StringComparer.OrdinalIgnoreCase.Equals(_value, other._value);

        public override bool Equals(object? obj) => Equals(obj as TSelf);

        public override int GetHashCode() => _value.GetHashCode(StringComparison.Ordinal);

        /// <summary>Registers a documented value, as the SDK's StaticFields initializer lists it.</summary>
        protected static TSelf Known(TSelf value)
        {
            ArgumentNullException.ThrowIfNull(value);
            StaticFields[value._value] = value;
            return value;
        }
    }
}
