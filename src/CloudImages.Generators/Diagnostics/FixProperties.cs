namespace CloudImages.Generators.Diagnostics
{
    /// <summary>Keys of the diagnostic properties that the usage analyzers hand to the code fixes, so that the fixes
    /// act on what the analyzer found and never re-derive a rule.</summary>
    internal static class FixProperties
    {
        /// <summary>C# name of the query property that a requires fix sets.</summary>
        public const string Property = nameof(Property);

        /// <summary>C# expression that a fix writes: the required value, the suggested enum member or the nearest bound.</summary>
        public const string Value = nameof(Value);

        /// <summary>Wire name of the parameter the rule is about (on the diagnostic's location).</summary>
        public const string Parameter = nameof(Parameter);

        /// <summary>Wire name of the other parameter (on the additional location, when it is assigned).</summary>
        public const string Other = nameof(Other);

        /// <summary>Wire name of a parameter that a fix removes (on the one additional location).</summary>
        public const string Remove = nameof(Remove);

        /// <summary>The key of one of several choices, numbered from 0: <c>Property0</c>, <c>Value0</c>, <c>Property1</c>...
        /// The code fix offers one action per number that has both a property and a value.</summary>
        public static string Choice(string key, int index) => key + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
