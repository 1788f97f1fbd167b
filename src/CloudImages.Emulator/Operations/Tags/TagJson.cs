using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>The forms the tag answers write a tag in.</summary>
    internal static class TagJson
    {
        /// <summary><c>{"key": ..., "value": ...}</c>, as "Querying Tags of an Image" and "Querying Images by Tag" do.</summary>
        public static void Write(Utf8JsonWriter w, ImageTag tag)
        {
            w.WriteStartObject();
            w.WriteString("key", tag.Key);
            w.WriteString("value", tag.Value);
            w.WriteEndObject();
        }

        /// <summary>The string "Querying Tags" lists: <c>key.value</c>, or the key alone for a tag without a value
        /// (the page's example lists <c>"jjjj.11111"</c> and <c>"test"</c>).</summary>
        public static string Text(ImageTag tag) => tag.Value.Length == 0 ? tag.Key : tag.Key + "." + tag.Value;
    }
}
