using System.Collections.Generic;

namespace CloudImages.Runtime
{
    /// <summary>Implemented by every generated query model, so rules can be checked without reflection.</summary>
    public interface IApiQuery
    {
        /// <summary>The operation the query belongs to.</summary>
        string OperationName { get; }

        /// <summary>The operation's documented rules.</summary>
        IReadOnlyList<ApiRule> Rules { get; }

        /// <summary>The text that would be sent for a parameter, or null when it is not sent.</summary>
        string? GetWireValue(string wireName);
    }
}
