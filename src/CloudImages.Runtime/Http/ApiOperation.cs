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
        /// <param name="errorCodePath">Path of the error code in an error body, e.g. ["error", "code"].</param>
        /// <param name="errorMessagePath">Path of the error message in an error body.</param>
        public ApiOperation(string name, IReadOnlyList<string> requestIdHeaders, IReadOnlyList<string> errorCodePath, IReadOnlyList<string> errorMessagePath)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            RequestIdHeaders = requestIdHeaders;
            ErrorCodePath = errorCodePath;
            ErrorMessagePath = errorMessagePath;
        }

        /// <summary>The operation's name.</summary>
        public string Name { get; }

        /// <summary>Response headers that carry the request id.</summary>
        public IReadOnlyList<string> RequestIdHeaders { get; }

        /// <summary>Path of the error code in an error body.</summary>
        public IReadOnlyList<string> ErrorCodePath { get; }

        /// <summary>Path of the error message in an error body.</summary>
        public IReadOnlyList<string> ErrorMessagePath { get; }
    }
}
