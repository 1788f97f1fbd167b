using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>What the IMS-native batch operations on /v1/cloudimages/members share: their id lists, the images
    /// they name, and their job, whose <c>entities.results</c> lists one result per image and project, as the job
    /// page shows.</summary>
    /// <remarks>The members change when the request is accepted, not when the job ends, so that whatever the job
    /// reports is already visible through both APIs. A job that an injected failure makes fail changes nothing and
    /// reports no results.</remarks>
    internal static class MemberBatch
    {
        /// <summary>The distinct ids of a required, non-empty array of strings.</summary>
        public static IReadOnlyList<string> Ids(JsonBody body, string name)
        {
            var ids = body.Strings(name) ?? throw body.Missing(name);
            return ids.Count > 0
                ? ids.Distinct(StringComparer.Ordinal).ToList()
                : throw new ImsRequestException(ImsErrors.InvalidRequest($"{name} is empty."));
        }

        /// <summary>The stored image <paramref name="id"/>, when <paramref name="caller"/> sees it (else IMG.0027).</summary>
        public static CatalogueImage Image(ImsTransaction state, string caller, string id) =>
            state.FindImageSeenBy(caller, id) is not null && state.FindImage(id) is { } image
                ? image
                : throw ImsErrors.Refuse("IMG.0027", $"no image '{id}'.");

        /// <summary>Refuses an image <paramref name="caller"/> does not own (IMG.0047).</summary>
        public static void EnsureOwner(ImsTransaction state, string caller, CatalogueImage image)
        {
            if (!state.Owns(caller, image))
            {
                throw ImsErrors.Refuse("IMG.0047", $"image {image.Id} belongs to project {image.Owner}.");
            }
        }

        /// <summary>Starts the job of <paramref name="type"/>; unless it is set to fail, applies the change and lists
        /// <paramref name="results"/> as succeeded.</summary>
        public static ImsResponse Start(
            ImsTransaction state, string type, string caller, IReadOnlyList<(string ImageId, string ProjectId)> results, Action apply)
        {
            var job = state.StartJob(type, caller, Results(Array.Empty<(string, string)>()));
            if (job.FailCode is null)
            {
                apply();
                state.PutJob(job with { EntitiesJson = Results(results) });
            }

            return ImsResponse.Job(job);
        }

        // The job page's example writes a result's status in lower case ("status": "success").
        private static string Results(IReadOnlyList<(string ImageId, string ProjectId)> results)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            using (var w = new Utf8JsonWriter(buffer, ImageJson.Options))
            {
                w.WriteStartObject();
                w.WriteStartArray("results");
                foreach (var (imageId, projectId) in results)
                {
                    w.WriteStartObject();
                    w.WriteString("image_id", imageId);
                    w.WriteString("project_id", projectId);
                    w.WriteString("status", "success");
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }
}
