using CloudImages.Emulator;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Images.CreateFixtures;

namespace CloudImages.EndToEnd.Tests.Operations.Jobs
{
    /// <summary>GET /v1/{project_id}/jobs/{job_id}: a job is its project's only; another project, or an id that names
    /// no job, is refused with the task-query code.</summary>
    public sealed class GetJobTests
    {
        [Fact]
        public async Task A_job_is_read_by_its_project_and_refused_to_another_or_for_an_unknown_id()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest { Name = "jobbed", InstanceId = DefaultInventory.LinuxServerId });

            var status = await s.Owner.GetJobAsync(new GetJobQuery { JobId = job.Id });
            Assert.Equal(job.Id, status.JobId);
            Assert.Equal(JobState.Init, status.Status);
            Assert.Null(status.EndTime);

            await RefusedAsync(() => s.Member.GetJobAsync(new GetJobQuery { JobId = job.Id }), "IMG.0023");
            await RefusedAsync(() => s.Owner.GetJobAsync(new GetJobQuery { JobId = "0123456789abcdef0123456789abcdef" }), "IMG.0023");
        }
    }
}
