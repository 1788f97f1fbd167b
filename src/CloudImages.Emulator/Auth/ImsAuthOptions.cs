using System;
using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>Who may call the emulator. When set, every request needs a known <c>X-Auth-Token</c> or a valid
    /// AK/SK signature (SDK-HMAC-SHA256); anything else is a 401.</summary>
    public sealed class ImsAuthOptions
    {
        /// <summary>Tokens accepted in <c>X-Auth-Token</c>.</summary>
        public ISet<string> Tokens { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Access keys (AK) and their secret keys (SK) accepted in signed requests.</summary>
        public IDictionary<string, string> AccessKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>How far a signed request's <c>X-Sdk-Date</c> may be from the emulator's clock; 15 minutes by default.</summary>
        public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(15);
    }
}
