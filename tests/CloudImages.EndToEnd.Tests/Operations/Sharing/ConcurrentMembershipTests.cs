using System.Collections.Concurrent;
using System.Net;
using CloudImages.Runtime;
using static CloudImages.EndToEnd.Tests.Operations.Sharing.SharingSetup;

namespace CloudImages.EndToEnd.Tests.Operations.Sharing
{
    /// <summary>Many callers changing the members of one image at once: every accepted write is applied whole.</summary>
    public sealed class ConcurrentMembershipTests
    {
        private const int Tasks = 32;
        private const int MembersPerTask = 3;
        private const int OperationsPerTask = 12;

        [Fact]
        public async Task Members_added_and_removed_by_32_concurrent_tasks_are_what_the_accepted_writes_imply()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            var log = new ConcurrentBag<(string Member, int Step, bool Add, bool Applied)>();

            await Task.WhenAll(Enumerable.Range(0, Tasks).Select(task => Task.Run(async () =>
            {
                // Each task owns its members, so what each of its writes should do is known beforehand.
                var random = new Random(task);
                var members = Enumerable.Range(0, MembersPerTask).Select(k => ((long)task * MembersPerTask + k + 1).ToString("x32")).ToArray();
                var present = new HashSet<string>();
                for (var step = 0; step < OperationsPerTask; step++)
                {
                    var member = members[random.Next(MembersPerTask)];
                    var add = random.Next(2) == 0;
                    var applied = await WriteAsync(s, image, member, add);
                    Assert.Equal(add ? !present.Contains(member) : present.Contains(member), applied);
                    if (applied)
                    {
                        _ = add ? present.Add(member) : present.Remove(member);
                    }

                    log.Add((member, step, add, applied));
                }
            })));

            var expected = log.Where(w => w.Applied)
                .GroupBy(w => w.Member)
                .Where(g => g.MaxBy(w => w.Step).Add)
                .Select(g => g.Key)
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.Equal(expected, MembersOf(s, image).Select(m => m.Project));
            Assert.All(MembersOf(s, image), m => Assert.Equal("pending", m.Status));
            var listed = (await s.Owner.OpenStackListImageMembersAsync(new() { ImageId = image })).Members!;
            Assert.Equal(expected, listed.Select(m => m.MemberId!).Order(StringComparer.Ordinal));
            Assert.All(listed, m => Assert.Equal((image, "/v2/schemas/member"), (m.ImageId, m.Schema)));
            Assert.Contains(log, w => w.Applied && !w.Add);
            Assert.Contains(log, w => !w.Applied);
        }

        /// <summary>Adds or deletes <paramref name="member"/>; false when the service refused it as a duplicate or
        /// an unknown member.</summary>
        private static async Task<bool> WriteAsync(ImsSession s, string image, string member, bool add)
        {
            try
            {
                if (add)
                {
                    await ShareAsync(s, image, member);
                }
                else
                {
                    await UnshareAsync(s.Owner, image, member);
                }

                return true;
            }
            catch (ApiException refused)
            {
                var expected = add ? (HttpStatusCode.BadRequest, "IMG.0112") : (HttpStatusCode.NotFound, "IMG.0113");
                Assert.Equal(expected, (refused.StatusCode, refused.ErrorCode));
                return false;
            }
        }
    }
}
