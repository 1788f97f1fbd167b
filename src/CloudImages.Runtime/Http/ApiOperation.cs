using System;
using System.Collections.Generic;

namespace CloudImages.Runtime
{
    /// <summary>What the transport needs to know about one operation; generated from the spec.</summary>
    public sealed class ApiOperation
    {
        /// <summary>Creates the description.</summary>
        /// <param name="name">The operation's name.</param>
        /// <param name="requestIdHeaders">Response headers that carry the request id, in order of preference.</param>
        /// <param name="errorCodeFields">Dotted paths of the error code in an error body, tried in order, e.g. "error.code".</param>
        /// <param name="errorMessageFields">Dotted paths of the error message in an error body, tried in order.</param>
        public ApiOperation(string name, IReadOnlyList<string> requestIdHeaders, IReadOnlyList<string> errorCodeFields, IReadOnlyList<string> errorMessageFields)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            RequestIdHeaders = requestIdHeaders;
            ErrorCodeFields = errorCodeFields;
            ErrorMessageFields = errorMessageFields;
        }

        /// <summary>The operation's name.</summary>
        public string Name { get; }

        /// <summary>Response headers that carry the request id.</summary>
        public IReadOnlyList<string> RequestIdHeaders { get; }

        /// <summary>Dotted paths of the error code in an error body, tried in order.</summary>
        public IReadOnlyList<string> ErrorCodeFields { get; }

        /// <summary>Dotted paths of the error message in an error body, tried in order.</summary>
        public IReadOnlyList<string> ErrorMessageFields { get; }
    }
}
