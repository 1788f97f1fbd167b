using System;
using System.Net;
using System.Text;

namespace CloudImages.Runtime
{
    /// <summary>A call that reached the service and failed: a status the operation does not document as success, or
    /// a response that is not the documented one.</summary>
    /// <remarks>Network failures stay <see cref="System.Net.Http.HttpRequestException"/> and cancellation stays
    /// <see cref="OperationCanceledException"/>, as resilience pipelines expect. The server's text (code, message,
    /// request id) appears in <see cref="Exception.Message"/> with control characters escaped and cut to a few
    /// hundred characters; the properties hold it as sent.</remarks>
    public class ApiException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public ApiException(
            ApiFailureKind kind,
            string operationName,
            HttpStatusCode statusCode,
            string? errorCode,
            string? errorMessage,
            string? requestId,
            string? responseBody,
            string? detail = null,
            Exception? innerException = null)
            : base(Describe(kind, operationName, statusCode, errorCode, errorMessage, requestId, detail), innerException)
        {
            Kind = kind;
            OperationName = operationName;
            StatusCode = statusCode;
            ErrorCode = errorCode;
            ErrorMessage = errorMessage;
            RequestId = requestId;
            ResponseBody = responseBody;
        }

        /// <summary>Why the call failed.</summary>
        public ApiFailureKind Kind { get; }

        /// <summary>The operation that failed, as the spec names it.</summary>
        public string OperationName { get; }

        /// <summary>The HTTP status of the response.</summary>
        public HttpStatusCode StatusCode { get; }

        /// <summary>The service's error code, such as <c>IMG.0024</c>, when the body carried one; as sent.</summary>
        public string? ErrorCode { get; }

        /// <summary>The service's error message, when the body carried one; as sent.</summary>
        public string? ErrorMessage { get; }

        /// <summary>The request id from the response headers; quote it to the provider's support.</summary>
        public string? RequestId { get; }

        /// <summary>The start of the response body (at most 4 KiB of text), for diagnosis.</summary>
        public string? ResponseBody { get; }

        private static string Describe(
            ApiFailureKind kind,
            string operationName,
            HttpStatusCode statusCode,
            string? errorCode,
            string? errorMessage,
            string? requestId,
            string? detail)
        {
            var text = new StringBuilder(operationName);
            text.Append(kind switch
            {
                ApiFailureKind.ErrorStatus => " failed with ",
                ApiFailureKind.InvalidResponse => " returned an invalid response with ",
                ApiFailureKind.ResponseTooLarge => " returned a body too large with ",
                ApiFailureKind.RedirectRefused => " was redirected elsewhere with ",
                _ => " could not continue paging after ",
            });
            text.Append((int)statusCode).Append(" (").Append(statusCode).Append(')');
            if (errorCode is not null)
            {
                text.Append(' ').Append(MessageText.Escape(errorCode));
            }

            if (errorMessage is not null)
            {
                text.Append(": ").Append(MessageText.Escape(errorMessage));
            }

            if (detail is not null)
            {
                text.Append(". ").Append(MessageText.Escape(detail));
            }

            if (requestId is not null)
            {
                text.Append(" (request id ").Append(MessageText.Escape(requestId)).Append(')');
            }

            return text.ToString();
        }
    }
}
