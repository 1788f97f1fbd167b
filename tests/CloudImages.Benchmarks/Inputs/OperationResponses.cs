namespace CloudImages.Benchmarks.Inputs
{
    /// <summary>The response bodies of the operations besides Querying Images that the response benchmarks read:
    /// the doc pages' examples, and a native OpenStack page built like the Querying Images one.</summary>
    public static class OperationResponses
    {
        /// <summary>Images on the native OpenStack page: as many as on the Querying Images page, so the two
        /// compare (the service's default is 25).</summary>
        public const int OpenStackPageSize = 500;

        /// <summary>GetJob's example with sub-jobs: an OVA import, its sub-job's entities and the sub-job
        /// list.</summary>
        public static byte[] Job() =>
            Fixture.Example("querying-the-status-of-an-asynchronous-job.example-response-3.json");

        public static byte[] OpenStackPage() =>
            OpenStackImagePage.Write(ImagePage.Images(OpenStackPageSize, ImagePage.Seed));

        /// <summary>ListImageTags's example: two tags of one image.</summary>
        public static byte[] ImageTags() => Fixture.Example("querying-tags-of-an-image.example-response-1.json");

        /// <summary>GetImageQuota's example: one resource with its numbers.</summary>
        public static byte[] Quota() => Fixture.Example("querying-the-image-quota.example-response-1.json");
    }
}
