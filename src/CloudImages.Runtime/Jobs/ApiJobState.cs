namespace CloudImages.Runtime
{
    /// <summary>Where an asynchronous job stands, as <see cref="ApiJobPolling{TStatus}.StateOf"/> reads it from a
    /// polled status.</summary>
    public enum ApiJobState
    {
        /// <summary>Not finished: a documented pending state, or any state the spec does not list.</summary>
        Pending = 0,

        /// <summary>Finished successfully; the job is not polled again.</summary>
        Succeeded = 1,

        /// <summary>Finished with a failure; the job is not polled again.</summary>
        Failed = 2,
    }
}
