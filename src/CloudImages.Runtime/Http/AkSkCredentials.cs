using System;

namespace CloudImages.Runtime
{
    /// <summary>An access key (AK) and secret key (SK) for API gateway request signing, and optionally the project
    /// the requests act in (sent as <c>X-Project-Id</c>).</summary>
    public sealed class AkSkCredentials
    {
        /// <summary>Creates the credentials.</summary>
        public AkSkCredentials(string accessKey, string secretKey, string? projectId = null)
        {
            ArgumentException.ThrowIfNullOrEmpty(accessKey);
            ArgumentException.ThrowIfNullOrEmpty(secretKey);
            AccessKey = accessKey;
            SecretKey = secretKey;
            ProjectId = string.IsNullOrEmpty(projectId) ? null : projectId;
        }

        /// <summary>The access key, sent in the Authorization header.</summary>
        public string AccessKey { get; }

        /// <summary>The secret key; it signs, and is never sent.</summary>
        public string SecretKey { get; }

        /// <summary>The project id, or null.</summary>
        public string? ProjectId { get; }

        /// <summary>The access key and project, never the secret key.</summary>
        public override string ToString() => ProjectId is null ? $"AK {AccessKey}" : $"AK {AccessKey}, project {ProjectId}";
    }
}
