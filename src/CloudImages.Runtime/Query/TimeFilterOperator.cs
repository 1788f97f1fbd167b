namespace CloudImages.Runtime
{
    /// <summary>The comparison of a <see cref="TimeFilter"/>. The order matches the wire operators gt, gte, lt, lte, eq, neq.</summary>
    public enum TimeFilterOperator
    {
        /// <summary><c>gt</c>: later than.</summary>
        GreaterThan = 0,

        /// <summary><c>gte</c>: at or later than.</summary>
        GreaterThanOrEqual = 1,

        /// <summary><c>lt</c>: earlier than.</summary>
        LessThan = 2,

        /// <summary><c>lte</c>: at or earlier than.</summary>
        LessThanOrEqual = 3,

        /// <summary><c>eq</c>: at.</summary>
        Equal = 4,

        /// <summary><c>neq</c>: not at.</summary>
        NotEqual = 5,
    }
}
