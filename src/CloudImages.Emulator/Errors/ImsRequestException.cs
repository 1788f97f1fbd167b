using System;

namespace CloudImages.Emulator
{
    /// <summary>Stops a request with an error response; thrown while parsing and checking it.</summary>
    internal sealed class ImsRequestException : Exception
    {
        public ImsRequestException(ImsError error)
            : base(error.Message)
        {
            Error = error;
        }

        public ImsError Error { get; }
    }
}
