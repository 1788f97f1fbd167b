using System;
using System.Globalization;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>GET /v1/{project_id}/jobs/{job_id}: a job's state as the clock has it now, its times in
    /// milliseconds, and its entities (with its sub-jobs, which end as it does).</summary>
    internal static class GetJobEndpoint
    {
        public static Route Route { get; } = Route.For("GetJob", "GET", "/v1/{project_id}/jobs/{job_id}", Handle);

        private static ImsResponse Handle(ImsCall call)
        {
            var project = call.ProjectId;
            var id = call["job_id"];
            var (job, now) = call.Run(state => (state.FindJob(id), state.Now));
            if (job is null || !string.Equals(job.ProjectId, project, StringComparison.Ordinal))
            {
                throw ImsErrors.Refuse("IMG.0023", $"project {project} has no job '{id}'.");
            }

            return ImsResponse.Json(200, w => Write(w, job, now));
        }

        /// <summary>Writes <paramref name="job"/> as its status answer at <paramref name="now"/>.</summary>
        public static void Write(Utf8JsonWriter w, ImsJob job, DateTimeOffset now)
        {
            var state = job.StateAt(now);
            w.WriteStartObject();
            WriteCommon(w, job.Id, job.Type, job.BeginTime, state, job, job.EndTime);
            w.WritePropertyName("entities");
            if (job.SubJobs.Count == 0)
            {
                w.WriteRawValue(job.EntitiesJson);
            }
            else
            {
                WriteEntitiesWithSubJobs(w, job, state);
            }

            w.WriteEndObject();
        }

        private static void WriteEntitiesWithSubJobs(Utf8JsonWriter w, ImsJob job, string state)
        {
            w.WriteStartObject();
            using (var entities = JsonDocument.Parse(job.EntitiesJson))
            {
                foreach (var property in entities.RootElement.EnumerateObject())
                {
                    property.WriteTo(w);
                }
            }

            w.WriteStartArray("sub_jobs_result");
            var subBegin = job.BeginTime + job.InitFor;
            foreach (var sub in job.SubJobs)
            {
                w.WriteStartObject();
                WriteCommon(w, sub.Id, sub.Type, subBegin, state, job, job.EndTime);
                w.WritePropertyName("entities");
                w.WriteRawValue(sub.EntitiesJson);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("sub_jobs_list");
            foreach (var sub in job.SubJobs)
            {
                w.WriteStringValue(sub.Id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        private static void WriteCommon(Utf8JsonWriter w, string id, string type, DateTimeOffset begin, string state, ImsJob job, DateTimeOffset end)
        {
            var ended = state is "SUCCESS" or "FAIL";
            w.WriteString("job_id", id);
            w.WriteString("job_type", type);
            w.WriteString("begin_time", Milliseconds(begin));
            if (ended)
            {
                w.WriteString("end_time", Milliseconds(end));
            }
            else
            {
                w.WriteNull("end_time");
            }

            w.WriteString("status", state);
            if (state == "FAIL")
            {
                w.WriteString("error_code", job.FailCode);
                w.WriteString("fail_reason", job.FailReason);
            }
            else
            {
                w.WriteNull("error_code");
                w.WriteNull("fail_reason");
            }
        }

        private static string Milliseconds(DateTimeOffset time) =>
            time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }
}
