using System.Globalization;
using CloudImages.Benchmarks.Responses.Stj;
using CloudImages.Ims;

namespace CloudImages.Benchmarks.Responses
{
    /// <summary>A job's fields as plain values, its sub-jobs' and results' among them, so the smoke run can prove the
    /// readers agree.</summary>
    public sealed record JobDigest(
        string? JobId, string? JobType, string? Status, string? BeginTime, string? EndTime, string? ErrorCode,
        string? FailReason, string? ImageId, string? ImageName, string Results, string SubJobs, string SubJobIds)
    {
        public static JobDigest Of(Job job) => new(
            job.JobId, job.JobType?.Value, job.Status?.Value, Time(job.BeginTime), Time(job.EndTime), job.ErrorCode,
            job.FailReason, job.Entities?.ImageId, job.Entities?.ImageName,
            Join(job.Entities?.Results?.Select(r => $"{r.ImageId} {r.ProjectId} {r.Status?.Value}")),
            Join(job.Entities?.SubJobResults?.Select(s => new JobDigest(
                s.JobId, s.JobType?.Value, s.Status?.Value, Time(s.BeginTime), Time(s.EndTime), s.ErrorCode,
                s.FailReason, s.Entities?.ImageId, s.Entities?.ImageName, "", "", "").ToString())),
            Join(job.Entities?.SubJobIds));

        public static JobDigest Of(StjJob? job) => Of(job, job?.Entities?.ImageId, job?.Entities?.ImageName) with
        {
            Results = Join(job?.Entities?.Results?.Select(r => $"{r.ImageId} {r.ProjectId} {r.Status}")),
            SubJobs = Join(job?.Entities?.SubJobResults?.Select(
                s => Of(s, s.Entities?.ImageId, s.Entities?.ImageName).ToString())),
            SubJobIds = Join(job?.Entities?.SubJobIds),
        };

        private static JobDigest Of(StjJobStatus? job, string? imageId, string? imageName) => new(
            job?.JobId, job?.JobType, job?.Status, Time(job?.BeginTime), Time(job?.EndTime), job?.ErrorCode,
            job?.FailReason, imageId, imageName, "", "", "");

        private static string Join(IEnumerable<string>? values) => values is null ? "" : string.Join('|', values);

        private static string? Time(DateTimeOffset? time) =>
            time?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
    }
}
