using System.Net;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.EndToEnd.Tests.Operations.Tags
{
    /// <summary>Many callers changing the tags of one image at once: each write is applied whole or not at all, and
    /// the image ends with exactly the tags the acknowledged writes leave.</summary>
    public sealed class TagConcurrencyTests
    {
        private const int Tasks = 32;
        private const int Rounds = 3;

        [Fact]
        public async Task Concurrent_adds_and_deletes_leave_exactly_what_the_acknowledged_writes_imply()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("contended");

            var writers = Enumerable.Range(0, Tasks).Select(i => Task.Run(() => WriteAsync(s.Owner, image.Id, i))).ToList();
            var results = await Task.WhenAll(writers);

            var expected = results.SelectMany(r => r.Tags).Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, s.Stored(image.Id).Order(StringComparer.Ordinal));
            Assert.Equal(expected, (await s.Owner.TagsOf(image.Id)).Order(StringComparer.Ordinal));
            Assert.InRange(expected.Count, 0, 10);

            // Were nothing refused, the writers that keep their keys would leave 22 tags: the limit refused some, in any order.
            Assert.True(results.Sum(r => r.Refused) > 0);
            Assert.True(results.Sum(r => r.Acknowledged) > Tasks);
        }

        /// <summary>One writer: its own two keys, added, updated and deleted over a few rounds; every third writer
        /// keeps its keys after the last round. It checks its keys against its model after every write.</summary>
        private static async Task<Writer> WriteAsync(CloudImagesClient client, string imageId, int index)
        {
            var writer = new Writer($"t{index}a", $"t{index}b");
            for (var round = 0; round < Rounds; round++)
            {
                await writer.Apply(writer.A, "r" + round, () => client.AddTag(imageId, writer.A, "r" + round));
                await writer.Check(client, imageId);

                var both = new[] { new BatchImageTag { Key = writer.A, Value = $"r{round}x" }, new BatchImageTag { Key = writer.B, Value = $"r{round}y" } };
                await writer.ApplyBatch(client, imageId, both);
                await writer.Check(client, imageId);

                if (round == Rounds - 1 && index % 3 == 0)
                {
                    break;
                }

                await writer.Delete(client, imageId);
                await writer.Check(client, imageId);
            }

            return writer;
        }

        private sealed class Writer
        {
            public Writer(string a, string b) => (A, B) = (a, b);

            public string A { get; }

            public string B { get; }

            /// <summary>What this writer's acknowledged writes leave of its keys.</summary>
            public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

            public int Acknowledged { get; private set; }

            public int Refused { get; private set; }

            /// <summary>Sets one key: a refusal is only the limit, for a key the image does not have yet.</summary>
            public async Task Apply(string key, string value, Func<Task> write)
            {
                if (await Succeeds(write, refusable: !Tags.ContainsKey(key)))
                {
                    Tags[key] = value;
                }
            }

            public async Task ApplyBatch(CloudImagesClient client, string imageId, IReadOnlyList<BatchImageTag> tags)
            {
                var request = new BatchUpdateImageTagsRequest { ImageId = imageId, Action = BatchTagAction.Create, Tags = tags };
                if (await Succeeds(() => client.BatchUpdateImageTagsAsync(request), refusable: tags.Any(t => !Tags.ContainsKey(t.Key))))
                {
                    foreach (var tag in tags)
                    {
                        Tags[tag.Key] = tag.Value!;
                    }
                }
            }

            /// <summary>Deletes A one by one (a 404 exactly when this writer's model lacks it) and B in a batch
            /// (never refused: an absent key counts as deleted).</summary>
            public async Task Delete(CloudImagesClient client, string imageId)
            {
                if (Tags.Remove(A))
                {
                    await client.DeleteTag(imageId, A);
                    Acknowledged++;
                }
                else
                {
                    var error = await Assert.ThrowsAsync<ApiException>(() => client.DeleteTag(imageId, A));
                    Assert.Equal((HttpStatusCode.NotFound, "IMG.0115"), (error.StatusCode, error.ErrorCode));
                }

                await client.Batch(imageId, BatchTagAction.Delete, (B, null));
                Tags.Remove(B);
                Acknowledged++;
            }

            /// <summary>The image holds this writer's keys exactly as its model says, and never more than 10 tags.</summary>
            public async Task Check(CloudImagesClient client, string imageId)
            {
                var answer = await client.ListImageTagsAsync(new ListImageTagsQuery { ImageId = imageId });
                var all = answer.Tags!;
                Assert.InRange(all.Count, 0, 10);
                var mine = all.Where(t => t.Key == A || t.Key == B).ToDictionary(t => t.Key!, t => t.Value!, StringComparer.Ordinal);
                Assert.Equal(Tags.OrderBy(p => p.Key, StringComparer.Ordinal), mine.OrderBy(p => p.Key, StringComparer.Ordinal));
            }

            private async Task<bool> Succeeds(Func<Task> write, bool refusable)
            {
                try
                {
                    await write();
                    Acknowledged++;
                    return true;
                }
                catch (ApiException error) when (refusable && error.StatusCode == HttpStatusCode.BadRequest && error.ErrorCode == "IMG.0116")
                {
                    Refused++;
                    return false;
                }
            }
        }
    }
}
