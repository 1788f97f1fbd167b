#if CLOUDIMAGES_RUNTIME
namespace CloudImages.Runtime
#else
namespace CloudImages.Generators.Shared
#endif
{
    /// <summary>What is known about one parameter's wire value.</summary>
    /// <remarks>At run time a value is either unset or set with known text. At compile time the analyzers
    /// also meet values that are set but not constant, or not known to be set at all; a rule that depends
    /// on what is unknown is not reported, so there are no false positives.</remarks>
    internal readonly struct WireValue
    {
        private WireValue(WireState state, string? text)
        {
            State = state;
            Text = text;
        }

        public static WireValue Unset => new WireValue(WireState.Unset, null);

        public static WireValue Unknown => new WireValue(WireState.Unknown, null);

        public static WireValue SetToUnknown => new WireValue(WireState.Set, null);

        public WireState State { get; }

        /// <summary>The wire text, when <see cref="State"/> is <see cref="WireState.Set"/> and the value is known.</summary>
        public string? Text { get; }

        public bool IsSet => State == WireState.Set;

        public static WireValue Of(string? text) => text is null ? Unset : new WireValue(WireState.Set, text);
    }

    internal enum WireState
    {
        Unset,
        Set,
        Unknown,
    }
}
