using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CloudImages.Emulator
{
    /// <summary>The state file's content: everything a restarted emulator needs to carry on.</summary>
    internal sealed class StateDocument
    {
        public const int CurrentFormat = 1;

        public int Format { get; set; } = CurrentFormat;

        public string ProjectId { get; set; } = string.Empty;

        public List<CatalogueImage> Images { get; set; } = new();

        public List<ImageMember> Members { get; set; } = new();

        public List<ImsJob> Jobs { get; set; } = new();

        public List<EcsServer> Servers { get; set; } = new();

        public List<EvsVolume> Volumes { get; set; } = new();

        public List<BucketObject> BucketObjects { get; set; } = new();

        public int ImageQuota { get; set; }
    }

    /// <summary>Reflection-free reading and writing of the state file and its journal (the emulator also runs in Native AOT apps).</summary>
    /// <remarks>A null where the type has none, or a missing constructor parameter, is a located error on reading.
    /// Metadata only: the generated fast path for writing leaves out a tag's key and value (read-only properties with
    /// [JsonInclude]), and the serializer takes it for small documents, such as journal lines.</remarks>
    [JsonSourceGenerationOptions(
        GenerationMode = JsonSourceGenerationMode.Metadata,
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        IgnoreReadOnlyProperties = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true)]
    [JsonSerializable(typeof(StateDocument))]
    [JsonSerializable(typeof(StateChange))]
    internal sealed partial class StateJsonContext : JsonSerializerContext
    {
    }
}
