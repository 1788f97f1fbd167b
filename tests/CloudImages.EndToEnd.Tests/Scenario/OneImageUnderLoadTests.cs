using System.Collections.Concurrent;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>32 tasks write to one image at once, through three APIs: a JSON Patch of an attribute of their own, a
    /// tag of their own replaced each round, and members added and removed. Every write is applied whole or refused,
    /// and none is lost: the final image is exactly what the acknowledged writes imply, and the emulator committed
    /// exactly as many writes as were acknowledged.</summary>
    public sealed class OneImageUnderLoadTests
    {
        private const int Tasks = 32;
        private const int Rounds = 4;
        private const string ImageId = "0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e";

        [Fact]
        public async Task Concurrent_patches_tag_changes_and_member_changes_lose_nothing()
        {
            await using var s = await ImsSession.StartAsync();
            s.Ims.Catalogue.Add(new CatalogueImage { Id = ImageId, Name = "hammered", Owner = ImsSession.OwnerProjectId });
            var acknowledged = 0;
            var refused = new ConcurrentBag<string>();
            var attributes = new ConcurrentDictionary<string, string>();
            var tags = new ConcurrentDictionary<string, bool>();
            var members = new ConcurrentDictionary<string, bool>();

            async Task<bool> Write(string what, Func<Task> write)
            {
                try
                {
                    await write();
                    Interlocked.Increment(ref acknowledged);
                    return true;
                }
                catch (ApiException ex)
                {
                    refused.Add($"{what}: {ex.StatusCode} {ex.ErrorCode}");
                    return false;
                }
            }

            await Task.WhenAll(Enumerable.Range(0, Tasks).Select(task => Task.Run(async () =>
            {
                var attribute = $"load_{task:00}";
                for (var round = 0; round < Rounds; round++)
                {
                    var value = round.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var patch = new UpdateImageRequest { ImageId = ImageId, Patch = new UpdateImagePatch().AddExtension(attribute, value) };
                    if (await Write(attribute, () => s.Owner.UpdateImageAsync(patch)))
                    {
                        attributes[attribute] = value;
                    }

                    var tag = $"t{task:00}-{round}";
                    if (await Write(tag, () => s.Owner.OpenStackAddImageTagAsync(new OpenStackAddImageTagQuery { ImageId = ImageId, Tag = tag })))
                    {
                        tags[tag] = true;
                    }

                    var previous = $"t{task:00}-{round - 1}";
                    if (round > 0 && await Write(previous, () => s.Owner.OpenStackDeleteImageTagAsync(new OpenStackDeleteImageTagQuery { ImageId = ImageId, Tag = previous })))
                    {
                        tags.TryRemove(previous, out _);
                    }

                    var member = Member(task, round);
                    if (await Write(member, () => s.Owner.OpenStackAddImageMemberAsync(new OpenStackAddImageMemberRequest { ImageId = ImageId, Member = member })))
                    {
                        members[member] = true;
                    }

                    var gone = Member(task, round - 1);
                    if (round % 2 == 1 && await Write(gone, () => s.Owner.OpenStackDeleteImageMemberAsync(new OpenStackDeleteImageMemberQuery { ImageId = ImageId, MemberId = gone })))
                    {
                        members.TryRemove(gone, out _);
                    }
                }
            })));

            Assert.Empty(refused);
            var image = s.Ims.Catalogue.Find(ImageId)!;
            Assert.Equal(
                attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"),
                image.Properties.Where(p => p.Key.StartsWith("load_", StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
            Assert.Equal(Tasks, attributes.Count);
            Assert.All(attributes.Values, v => Assert.Equal((Rounds - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), v));
            Assert.Equal(tags.Keys.Order(StringComparer.Ordinal), image.Tags.Select(t => t.Key).Order(StringComparer.Ordinal));
            Assert.Equal(Tasks, tags.Count);
            Assert.Equal(members.Keys.Order(StringComparer.Ordinal), s.Ims.Members.Where(m => m.ImageId == ImageId).Select(m => m.ProjectId).Order(StringComparer.Ordinal));
            Assert.Equal(Tasks * Rounds / 2, members.Count);

            // Every write was acknowledged, each was one commit, and nothing else was committed. A task's round is a
            // patch, a tag, a member; then a tag removed in every round but the first, a member in every other round.
            Assert.Equal(Tasks * ((3 * Rounds) + (Rounds - 1) + (Rounds / 2)), acknowledged);
            Assert.Equal(acknowledged, s.Ims.WriteCount);
        }

        // A project id: 32 lowercase hexadecimal digits, one per task and round.
        private static string Member(int task, int round) => string.Concat(Enumerable.Repeat($"{task:x2}{round + 16:x2}", 8));
    }
}
