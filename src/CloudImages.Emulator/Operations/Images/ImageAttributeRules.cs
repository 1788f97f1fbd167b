using System;
using System.Text.RegularExpressions;

namespace CloudImages.Emulator
{
    /// <summary>The formats of the "Image Attributes" page that a request sets: name, description, enterprise project.
    /// Each check answers the IMG code the Error Codes page gives for that mistake.</summary>
    internal static partial class ImageAttributeRules
    {
        /// <summary>1 to 128 letters, digits, hyphens, periods, underscores and spaces, not starting or ending with a
        /// space; creating metadata through the OpenStack API allows <paramref name="maxLength"/> 255.</summary>
        /// <returns>The name.</returns>
        /// <exception cref="ImsRequestException">Empty (IMG.0013), too long (IMG.0002 where the limit is 128, else
        /// IMG.0003 like any other wrong name), or another character (IMG.0003).</exception>
        public static string Name(string? name, string member, int maxLength = 128)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw ImsErrors.Refuse("IMG.0013", $"{member} is empty.");
            }

            if (name.Length > maxLength)
            {
                throw ImsErrors.Refuse(maxLength == 128 ? "IMG.0002" : "IMG.0003", $"{member} has {name.Length} characters, more than {maxLength}.");
            }

            return NamePattern().IsMatch(name)
                ? name
                : throw ImsErrors.Refuse("IMG.0003", $"{member} '{name}' holds a character other than letters, digits, '-', '.', '_' and "
                    + "spaces, or starts or ends with a space.");
        }

        /// <summary>At most 1,024 characters, without carriage returns, line feeds or angle brackets.</summary>
        /// <returns>The description.</returns>
        public static string Description(string description, string member)
        {
            if (description.Length > 1024)
            {
                throw ImsErrors.Refuse("IMG.0004", $"{member} has {description.Length} characters.");
            }

            return description.AsSpan().IndexOfAny("\r\n<>") < 0
                ? description
                : throw ImsErrors.Refuse("IMG.0054", $"{member} holds a line break or an angle bracket.");
        }

        /// <summary>"0" (the default enterprise project) or a UUID.</summary>
        /// <returns>The enterprise project ID.</returns>
        public static string EnterpriseProject(string project, string member) =>
            project == "0" || Guid.TryParseExact(project, "D", out _)
                ? project
                : throw new ImsRequestException(ImsErrors.InvalidEnterpriseProject($"{member} '{project}' is neither 0 nor a UUID."));

        [GeneratedRegex(@"\A[A-Za-z0-9._-](?:[A-Za-z0-9 ._-]*[A-Za-z0-9._-])?\z")]
        private static partial Regex NamePattern();
    }
}
