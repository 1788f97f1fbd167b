using System.Globalization;
using CloudImages.Benchmarks.Responses.Stj;
using CloudImages.Ims;

namespace CloudImages.Benchmarks.Responses
{
    /// <summary>The small answers' values as one line each, so the smoke run can prove the readers agree.</summary>
    public static class SmallResponseDigest
    {
        public static string Tags(ListImageTagsResponse response) =>
            Join(response.Tags?.Select(t => $"{t.Key}={t.Value}"));

        public static string Tags(StjImageTagList? response) =>
            Join(response?.Tags?.Select(t => $"{t.Key}={t.Value}"));

        public static string Quota(GetImageQuotaResponse response) =>
            Join(response.Quotas?.Resources?.Select(q => Resource(q.Type?.Value, q.Used, q.Quota, q.Min, q.Max)));

        public static string Quota(StjQuotaResponse? response) =>
            Join(response?.Quotas?.Resources?.Select(q => Resource(q.Type, q.Used, q.Quota, q.Min, q.Max)));

        private static string Resource(string? type, int? used, int? quota, int? min, int? max) =>
            string.Create(CultureInfo.InvariantCulture, $"{type}: {used} of {quota} ({min}-{max})");

        private static string Join(IEnumerable<string>? values) => values is null ? "" : string.Join('|', values);
    }
}
