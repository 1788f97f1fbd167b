namespace CloudImages.Benchmarks.Paging
{
    /// <summary>One paging run: what was enumerated, what it allocated, and the process's peak working set.</summary>
    public sealed record PagingResult(int Images, int Requests, long AllocatedBytes, long PeakWorkingSetBytes, int Gen0, int Gen1, int Gen2)
    {
        public double AllocatedBytesPerImage => Images == 0 ? 0 : (double)AllocatedBytes / Images;
    }
}
