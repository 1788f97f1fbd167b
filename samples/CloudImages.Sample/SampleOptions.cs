using System.Globalization;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.Sample
{
    /// <summary>The command line: where to send requests, with which credentials, and the listing's filters.</summary>
    internal sealed class SampleOptions
    {
        public const string Usage = """
            Usage: dotnet run --project samples/CloudImages.Sample -- [options]

            Without --endpoint, a local IMS emulator is started and used.
              --endpoint URL        a real IMS, e.g. https://ims.eu-de.otc.t-systems.com/
              --token TOKEN         X-Auth-Token (or IMS_TOKEN)
              --ak AK --sk SK       AK/SK request signing (or IMS_AK, IMS_SK)
              --project-id ID       the project (or IMS_PROJECT_ID); with AK/SK it is sent as X-Project-Id
              --create-from ECS_ID  after the queries, make an image of this stopped ECS and wait for it
                                    (the emulator always does, from its stopped Linux ECS)

            The paged listing, filtered by:
              --platform --visibility --image-type --status --os-type --os-bit --name --owner --tag key=value
              --member-status --disk-format --min-disk --created-at op:time --updated-at op:time
              --sort-key --sort-dir
              --page-size N (10)    --pages N (2)    --rows N (5, rows shown per common query)
            """;

        private static readonly Dictionary<string, Action<ListImagesQuery, string>> Filters = new(StringComparer.Ordinal)
        {
            ["--platform"] = (q, v) => q.Platform = v,
            ["--visibility"] = (q, v) => q.Visibility = v,
            ["--image-type"] = (q, v) => q.ImageType = v,
            ["--status"] = (q, v) => q.Status = v,
            ["--os-type"] = (q, v) => q.OsType = v,
            ["--os-bit"] = (q, v) => q.OsBit = v,
            ["--name"] = (q, v) => q.Name = v,
            ["--owner"] = (q, v) => q.Owner = v,
            ["--tag"] = (q, v) => q.Tag = v,
            ["--member-status"] = (q, v) => q.MemberStatus = v,
            ["--disk-format"] = (q, v) => q.DiskFormat = v,
            // Any whole number: the spec's range rule, checked before anything is sent, says what is allowed.
            ["--min-disk"] = (q, v) => q.MinDisk = int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new ArgumentException($"--min-disk '{v}' is not a whole number."),
            ["--created-at"] = (q, v) => q.CreatedAt = v,
            ["--updated-at"] = (q, v) => q.UpdatedAt = v,
            ["--sort-key"] = (q, v) => q.SortKey = v,
            ["--sort-dir"] = (q, v) => q.SortDir = v,
        };

        private static readonly HashSet<string> Settings = new(StringComparer.Ordinal)
        {
            "--endpoint", "--token", "--ak", "--sk", "--project-id", "--page-size", "--pages", "--rows", "--create-from",
        };

        public Uri? Endpoint { get; private set; }

        public string? Token { get; private set; }

        public AkSkCredentials? AkSk { get; private set; }

        public string? ProjectId { get; private set; }

        /// <summary>The ECS to make an image of, after the queries; null for none.</summary>
        public string? CreateFrom { get; private set; }

        public ListImagesQuery Listing { get; } = new();

        /// <summary>The listing's first page, as it is sent.</summary>
        public ListImagesQuery FirstPage => Listing with { Limit = PageSize };

        public int PageSize { get; private set; } = 10;

        public int Pages { get; private set; } = 2;

        public int Rows { get; private set; } = 5;

        public bool ShowHelp { get; private set; }

        /// <exception cref="ArgumentException">The command line is not valid; the message says why.</exception>
        public static SampleOptions Parse(IReadOnlyList<string> args, Func<string, string?> environment)
        {
            var options = new SampleOptions();
            string? ak = environment("IMS_AK"), sk = environment("IMS_SK");
            options.Token = environment("IMS_TOKEN");
            options.ProjectId = environment("IMS_PROJECT_ID");
            for (var i = 0; i < args.Count; i++)
            {
                var (name, inline) = args[i].Split('=', 2) is [var n, var v] && n.StartsWith("--", StringComparison.Ordinal) ? (n, v) : (args[i], null);
                if (name is "--help" or "-h" or "-?")
                {
                    options.ShowHelp = true;
                    continue;
                }

                // Before taking a value, so that a mistyped option is named as such rather than as missing its value.
                if (!Settings.Contains(name) && !Filters.ContainsKey(name))
                {
                    throw new ArgumentException($"Unknown option {name}.");
                }

                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value."));
                switch (name)
                {
                    case "--endpoint":
                        options.Endpoint = Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                            ? uri
                            : throw new ArgumentException($"--endpoint '{value}' is not an http(s) URL.");
                        break;
                    case "--token": options.Token = value; break;
                    case "--ak": ak = value; break;
                    case "--sk": sk = value; break;
                    case "--project-id": options.ProjectId = value; break;
                    case "--create-from": options.CreateFrom = value; break;
                    case "--page-size": options.PageSize = Number(name, value); break;
                    case "--pages": options.Pages = Number(name, value); break;
                    case "--rows": options.Rows = Number(name, value); break;
                    default:
                        Filters[name](options.Listing, value);
                        break;
                }
            }

            if (ak is not null || sk is not null)
            {
                options.AkSk = ak is { Length: > 0 } && sk is { Length: > 0 }
                    ? new AkSkCredentials(ak, sk, options.ProjectId)
                    : throw new ArgumentException("AK/SK signing needs both --ak and --sk (or IMS_AK and IMS_SK).");
            }

            if (options.Endpoint is not null && options.Token is null && options.AkSk is null)
            {
                throw new ArgumentException("--endpoint needs credentials: --token (IMS_TOKEN), or --ak and --sk (IMS_AK, IMS_SK).");
            }

            if (options.Token is not null && options.AkSk is not null && options.Endpoint is not null)
            {
                throw new ArgumentException("Give a token or an AK/SK pair, not both.");
            }

            return options;
        }

        private static int Number(string name, string value) =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : throw new ArgumentException($"{name} '{value}' is not a positive whole number.");
    }
}
