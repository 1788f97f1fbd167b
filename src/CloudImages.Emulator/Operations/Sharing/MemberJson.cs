using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>Writes members as the OpenStack-native pages show them: <c>status</c>, <c>created_at</c>,
    /// <c>updated_at</c> (UTC, whole seconds), <c>image_id</c>, <c>member_id</c> and <c>schema</c>.</summary>
    internal static class MemberJson
    {
        public static ImsResponse One(ImageMember member) => ImsResponse.Json(200, w => Write(w, member));

        public static ImsResponse List(IEnumerable<ImageMember> members) => ImsResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("members");
            foreach (var member in members)
            {
                Write(w, member);
            }

            w.WriteEndArray();
            w.WriteString("schema", "/v2/schemas/members");
            w.WriteEndObject();
        });

        private static void Write(Utf8JsonWriter w, ImageMember member)
        {
            w.WriteStartObject();
            w.WriteString("status", member.Status);
            w.WriteString("created_at", Time(member.CreatedAt));
            w.WriteString("updated_at", Time(member.UpdatedAt));
            w.WriteString("image_id", member.ImageId);
            w.WriteString("member_id", member.ProjectId);
            w.WriteString("schema", "/v2/schemas/member");
            w.WriteEndObject();
        }

        private static string Time(System.DateTimeOffset time) =>
            time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
