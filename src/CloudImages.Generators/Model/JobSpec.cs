namespace CloudImages.Generators.Model
{
    /// <summary>An asynchronous operation's link to the job-status operation: the response field with the job id.</summary>
    /// <param name="StatusOperation">The job-status operation's name.</param>
    /// <param name="IdProperty">The response property (of this operation) that holds the job id.</param>
    /// <param name="StatusQueryType">The job-status operation's request record.</param>
    /// <param name="StatusTypeName">The job-status operation's response type.</param>
    /// <param name="StatusMethodName">The client method that polls.</param>
    /// <param name="IdParameterProperty">The job-status request property that takes the id.</param>
    /// <param name="CopiedProperties">Other job-status request properties, filled from the same-named properties of
    /// this operation's request.</param>
    internal sealed record JobSpec(
        string StatusOperation,
        string IdProperty,
        string StatusQueryType,
        string StatusTypeName,
        string StatusMethodName,
        string IdParameterProperty,
        EquatableArray<string> CopiedProperties);

    /// <summary>A job link whose status operation another spec of the same client declares: the merge of the
    /// client's specs resolves it, or reports it at <paramref name="Location"/>.</summary>
    internal sealed record PendingJobLink(string StatusOperation, string IdProperty, string JsonPath, LocationInfo Location);

    /// <summary>What makes an operation the job-status operation: where the state, error code and failure reason
    /// are (as expressions that read their text from the status object: Status, or State?.Value for an enumeration),
    /// and which state values mean success, failure and still running.</summary>
    internal sealed record JobStatusSpec(
        string IdParameter,
        string StateProperty,
        string ErrorCodeProperty,
        string FailReasonProperty,
        EquatableArray<string> Succeeded,
        EquatableArray<string> Failed,
        EquatableArray<string> Pending);
}
