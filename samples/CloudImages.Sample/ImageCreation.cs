using System.Diagnostics;
using System.Globalization;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.Sample
{
    /// <summary>Makes an image of a stopped ECS and waits for the job, printing a line each time it is polled.</summary>
    internal static class ImageCreation
    {
        public static async Task RunAsync(
            CloudImagesClient client, string serverId, ApiJobWaitOptions polling, TextWriter output, CancellationToken cancellationToken)
        {
            var request = new CreateImageRequest
            {
                Name = "cloudimages-sample-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture),
                InstanceId = serverId,
                Description = "Made by the CloudImages sample.",
                ImageTags = [new() { Key = "made-by", Value = "cloudimages-sample" }],
            };
            output.WriteLine($"POST {client.GetCreateImageUri(request)} (name {request.Name}, from ECS {serverId})");
            var job = await client.CreateImageAsync(request, cancellationToken);
            output.WriteLine($"job {job.Id} started; waiting for it:");

            var clock = Stopwatch.StartNew();
            var done = await job.WaitForCompletionAsync(polling, new ProgressLine(output, clock), cancellationToken);
            var imageId = done.Entities?.ImageId ?? throw new InvalidOperationException($"Job {job.Id} succeeded without naming its image.");

            var query = new ListImagesQuery { Id = imageId };
            output.WriteLine($"GET {client.GetListImagesUri(query)}");
            ImageTable.Write(output, (await client.ListImagesAsync(query, cancellationToken)).Images ?? Array.Empty<Image>());
        }

        /// <summary>Writes each polled status as it arrives, on the polling thread: lines stay in order.</summary>
        private sealed class ProgressLine(TextWriter output, Stopwatch clock) : IProgress<Job>
        {
            public void Report(Job value) => output.WriteLine(
                $"  {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),5} s  {value.Status?.Value ?? "(no status)"}"
                + (value.Entities?.ImageId is { } id ? $"  image {id}" : string.Empty));
        }
    }
}
