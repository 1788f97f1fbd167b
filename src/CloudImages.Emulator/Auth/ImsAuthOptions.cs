using System;
using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>Who may call the emulator. When set, every request needs a known <c>X-Auth-Token</c> or a valid
    /// AK/SK signature (SDK-HMAC-SHA256); anything else is a 401 (a request without any, unless
    /// <see cref="AllowAnonymous"/>). Credentials act in the catalogue's project unless
    /// <see cref="TokenProjects"/> or <see cref="AccessKeyProjects"/> name another.</summary>
    public sealed class ImsAuthOptions
    {
        /// <summary>Tokens accepted in <c>X-Auth-Token</c>, acting in the catalogue's project.</summary>
        public ISet<string> Tokens { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Tokens of other projects: token, and the project it acts in (an image member, for example).</summary>
        public IDictionary<string, string> TokenProjects { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Access keys (AK) and their secret keys (SK) accepted in signed requests.</summary>
        public IDictionary<string, string> AccessKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Access keys of other projects: AK, and the project its signed requests act in.</summary>
        public IDictionary<string, string> AccessKeyProjects { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Serves requests that carry no credentials at all (no <c>X-Auth-Token</c>, no <c>Authorization</c>)
        /// as without authentication: in the catalogue's project, or the one <c>X-Project-Id</c> names. Credentials
        /// that are sent are still checked. False by default: such requests get a 401.</summary>
        public bool AllowAnonymous { get; set; }

        /// <summary>How far a signed request's <c>X-Sdk-Date</c> may be from the emulator's clock; 15 minutes by default.</summary>
        public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(15);
    }
}
