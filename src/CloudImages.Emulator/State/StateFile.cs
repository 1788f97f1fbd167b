using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>The state on disk. Every write replaces the file whole: the new state goes to a temporary file beside
    /// it, is flushed to the disk, and is renamed over the old one, so a process killed at any moment leaves either
    /// the old state or the new one, never a mix.</summary>
    internal sealed class StateFile
    {
        public StateFile(string path)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            Path = System.IO.Path.GetFullPath(path);
        }

        public string Path { get; }

        /// <summary>The saved state, or null when there is no file yet.</summary>
        /// <exception cref="InvalidDataException">The file is not a state file this version can read; the message
        /// names the file, line and column.</exception>
        public StateDocument? Load()
        {
            if (!File.Exists(Path))
            {
                return null;
            }

            StateDocument? document;
            try
            {
                using var stream = File.OpenRead(Path);
                document = JsonSerializer.Deserialize(stream, StateJsonContext.Default.StateDocument);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException(
                    $"{Path}({(ex.LineNumber ?? 0) + 1},{(ex.BytePositionInLine ?? 0) + 1}): not an emulator state file: {ex.Message}", ex);
            }
            catch (ArgumentException ex)
            {
                // A value a type refuses, such as a tag key with '='; the serializer gives no position for it.
                throw new InvalidDataException($"{Path}: not an emulator state file: {ex.Message}", ex);
            }

            if (document is null || document.Format != StateDocument.CurrentFormat || document.ProjectId.Length == 0)
            {
                throw new InvalidDataException($"{Path}(1,1): not an emulator state file of format {StateDocument.CurrentFormat}.");
            }

            Check(document);
            return document;
        }

        /// <summary>What the serializer lets through and the state cannot hold: null entries, ids given twice.</summary>
        private void Check(StateDocument document)
        {
            Entries("Images", document.Images, i => i.Id);
            for (var i = 0; i < document.Images.Count; i++)
            {
                Entries($"Images[{i}].Tags", document.Images[i].Tags);
            }

            Entries("Members", document.Members, m => ImsStateData.MemberKey(m.ImageId, m.ProjectId));
            Entries("Jobs", document.Jobs, j => j.Id);
            Entries("Servers", document.Servers);
            Entries("Volumes", document.Volumes);
            Entries("BucketObjects", document.BucketObjects);
        }

        private void Entries<T>(string member, IReadOnlyList<T> entries, Func<T, string>? key = null)
            where T : class
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i] is not { } entry)
                {
                    throw new InvalidDataException($"{Path}: not an emulator state file: {member}[{i}] is null.");
                }

                if (key is not null && !seen.Add(key(entry)))
                {
                    throw new InvalidDataException(
                        $"{Path}: not an emulator state file: {member}[{i}] repeats '{key(entry).Replace("\n", "', '", StringComparison.Ordinal)}'.");
                }
            }
        }

        public void Save(string projectId, IEnumerable<CatalogueImage> images, ImsStateData data)
        {
            var document = new StateDocument
            {
                ProjectId = projectId,
                Images = images.ToList(),
                Members = data.Members.Values.OrderBy(m => m.ImageId, StringComparer.Ordinal).ThenBy(m => m.ProjectId, StringComparer.Ordinal).ToList(),
                Jobs = data.Jobs.Values.OrderBy(j => j.BeginTime).ThenBy(j => j.Id, StringComparer.Ordinal).ToList(),
                Servers = data.Servers.ToList(),
                Volumes = data.Volumes.ToList(),
                BucketObjects = data.BucketObjects.ToList(),
                ImageQuota = data.ImageQuota,
            };
            var temporary = Path + ".tmp";
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                JsonSerializer.Serialize(stream, document, StateJsonContext.Default.StateDocument);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path, overwrite: true);
        }

        /// <summary>The members, jobs and inventory of a loaded document.</summary>
        public static ImsStateData DataOf(StateDocument document) => new()
        {
            Members = document.Members.ToImmutableDictionary(m => ImsStateData.MemberKey(m.ImageId, m.ProjectId), StringComparer.Ordinal),
            Jobs = document.Jobs.ToImmutableDictionary(j => j.Id, StringComparer.Ordinal),
            Servers = document.Servers.ToImmutableList(),
            Volumes = document.Volumes.ToImmutableList(),
            BucketObjects = document.BucketObjects.ToImmutableList(),
            ImageQuota = document.ImageQuota,
        };
    }
}
