using System;
using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>An asynchronous job: what started it, when, how long each phase lasts, how it ends, and what it
    /// changes when it does. Its state is a function of the clock (<see cref="StateAt"/>), so a test that advances a
    /// fake clock moves it, and a restarted emulator continues it.</summary>
    public sealed record ImsJob
    {
        /// <summary>The job id.</summary>
        public required string Id { get; init; }

        /// <summary>The job type, such as <c>imsCreateImageByInstance</c>.</summary>
        public required string Type { get; init; }

        /// <summary>The project that started it.</summary>
        public required string ProjectId { get; init; }

        /// <summary>When it was started.</summary>
        public required DateTimeOffset BeginTime { get; init; }

        /// <summary>How long it stays INIT.</summary>
        public TimeSpan InitFor { get; init; }

        /// <summary>How long it then stays RUNNING.</summary>
        public TimeSpan RunFor { get; init; }

        /// <summary>The error code it ends with; null when it succeeds.</summary>
        public string? FailCode { get; init; }

        /// <summary>The failure reason it ends with.</summary>
        public string? FailReason { get; init; }

        /// <summary>The <c>entities</c> object of the job's answer, as JSON text (<c>image_id</c>, <c>results</c>...).</summary>
        public string EntitiesJson { get; init; } = "{}";

        /// <summary>Its sub-jobs, listed in <c>entities.sub_jobs_result</c>; each ends as the job does.</summary>
        public IReadOnlyList<ImsSubJob> SubJobs { get; init; } = Array.Empty<ImsSubJob>();

        /// <summary>The images it makes: <c>queued</c> until it ends, then <c>active</c> (or <c>killed</c>).</summary>
        public IReadOnlyList<string> ImageIds { get; init; } = Array.Empty<string>();

        /// <summary>The OBS object it writes when it succeeds (an export).</summary>
        public BucketObject? WritesObject { get; init; }

        /// <summary>True once the end has been applied to the images and objects.</summary>
        public bool Settled { get; init; }

        /// <summary>When it ends.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public DateTimeOffset EndTime => BeginTime + InitFor + RunFor;

        /// <summary>INIT, RUNNING, SUCCESS or FAIL at <paramref name="now"/>.</summary>
        public string StateAt(DateTimeOffset now) =>
            now < BeginTime + InitFor ? "INIT" : now < EndTime ? "RUNNING" : FailCode is null ? "SUCCESS" : "FAIL";
    }

    /// <summary>A sub-job of an <see cref="ImsJob"/>.</summary>
    /// <param name="Id">Its id.</param>
    /// <param name="Type">Its type, such as <c>imsGoofysImportImageJob</c>.</param>
    /// <param name="EntitiesJson">Its <c>entities</c> as JSON text.</param>
    public sealed record ImsSubJob(string Id, string Type, string EntitiesJson);
}
