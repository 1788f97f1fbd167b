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

    /// <summary>Reflection-free reading and writing of the state file (the emulator also runs in Native AOT apps).</summary>
    /// <remarks>A null where the type has none, or a missing constructor parameter, is a located error on reading.</remarks>
    [JsonSourceGenerationOptions(
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        IgnoreReadOnlyProperties = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true)]
    [JsonSerializable(typeof(StateDocument))]
    internal sealed partial class StateJsonContext : JsonSerializerContext
    {
    }
}
