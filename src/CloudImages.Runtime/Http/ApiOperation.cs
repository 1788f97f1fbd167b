using System;
using System.Collections.Generic;
using System.Net;

namespace CloudImages.Runtime
{
    /// <summary>What the transport needs to know about one operation; generated from the spec.</summary>
    public sealed class ApiOperation
    {
        private readonly int[] _successStatuses;

        /// <summary>Creates the description of an operation whose success is any 2xx status.</summary>
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
            _successStatuses = [];
        }

        /// <summary>Creates the description of an operation that documents statuses outside 2xx as its success.</summary>
        /// <param name="name">The operation's name.</param>
        /// <param name="requestIdHeaders">Response headers that carry the request id, in order of preference.</param>
        /// <param name="errorCodeFields">Dotted paths of the error code in an error body, tried in order, e.g. "error.code".</param>
        /// <param name="errorMessageFields">Dotted paths of the error message in an error body, tried in order.</param>
        /// <param name="successStatuses">The statuses the operation documents as success, such as 300 for a query of
        /// the API versions. Any 2xx status is success too; an empty list means only those. A listed redirect status is
        /// the operation's answer and is not followed.</param>
        /// <exception cref="ArgumentOutOfRangeException">A status is not from 100 to 599.</exception>
        public ApiOperation(
            string name,
            IReadOnlyList<string> requestIdHeaders,
            IReadOnlyList<string> errorCodeFields,
            IReadOnlyList<string> errorMessageFields,
            IReadOnlyList<int> successStatuses)
            : this(name, requestIdHeaders, errorCodeFields, errorMessageFields)
        {
            ArgumentNullException.ThrowIfNull(successStatuses);
            _successStatuses = new int[successStatuses.Count];
            for (var i = 0; i < _successStatuses.Length; i++)
            {
                var status = successStatuses[i];
                if (status is < 100 or > 599)
                {
                    throw new ArgumentOutOfRangeException(nameof(successStatuses), status, "An HTTP status is from 100 to 599.");
                }

                _successStatuses[i] = status;
            }
        }

        /// <summary>The operation's name.</summary>
        public string Name { get; }

        /// <summary>Response headers that carry the request id.</summary>
        public IReadOnlyList<string> RequestIdHeaders { get; }

        /// <summary>Dotted paths of the error code in an error body, tried in order.</summary>
        public IReadOnlyList<string> ErrorCodeFields { get; }

        /// <summary>Dotted paths of the error message in an error body, tried in order.</summary>
        public IReadOnlyList<string> ErrorMessageFields { get; }

        /// <summary>The statuses outside 2xx, or within, that the operation documents as success; empty when any 2xx
        /// status is, and only those.</summary>
        public IReadOnlyList<int> SuccessStatuses => _successStatuses;

        /// <summary>Whether <paramref name="status"/> is a success of this operation: any 2xx, or a listed status.</summary>
        internal bool IsSuccess(HttpStatusCode status) => ((int)status is >= 200 and <= 299) || IsListed(status);

        /// <summary>Whether the operation lists <paramref name="status"/> among its successes.</summary>
        internal bool IsListed(HttpStatusCode status) => Array.IndexOf(_successStatuses, (int)status) >= 0;
    }
}
