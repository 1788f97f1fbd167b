using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>The state on disk: a snapshot in FILE and a journal of the writes since, in FILE.journal. A write
    /// appends one line to the journal, flushed to the disk before it is applied and answered. A snapshot is written
    /// whole: to a temporary file beside FILE, flushed to the disk, and renamed over it, so a process killed at any
    /// moment leaves either the old snapshot or the new one; the journal is deleted after that.</summary>
    internal sealed class StateFile
    {
        /// <summary>The journal length past which the next write first folds it into a fresh snapshot.</summary>
        public const long DefaultCompactAt = 8 * 1024 * 1024;

        private readonly StateJournal _journal;
        private readonly long _compactAt;

        public StateFile(string path, long compactAt = DefaultCompactAt)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            Path = System.IO.Path.GetFullPath(path);
            _journal = new StateJournal(Path + ".journal");
            _compactAt = compactAt;
        }

        public string Path { get; }

        public string JournalPath => _journal.Path;

        /// <summary>True when the journal is long enough to fold into a snapshot before the next write.</summary>
        public bool JournalIsLong => _journal.Length >= _compactAt;

        /// <summary>The saved state: the snapshot with the journal's writes replayed onto it in order, then written
        /// as a fresh snapshot when there was a journal, so the journal starts empty. Null when there is no snapshot
        /// (a journal without one is left from a deleted snapshot, and goes with the next <see cref="Save"/>).</summary>
        /// <exception cref="InvalidDataException">The snapshot or a journal line is not one this version can read; the
        /// message names the file, line and column. Nothing is written then.</exception>
        public (ImageCatalogue Catalogue, ImsStateData Data)? Load()
        {
            if (LoadSnapshot() is not { } snapshot)
            {
                return null;
            }

            var catalogue = new ImageCatalogue(snapshot.ProjectId, snapshot.Images);
            var data = DataOf(snapshot);
            foreach (var change in _journal.Read())
            {
                data = change.ApplyTo(catalogue, data);
            }

            if (File.Exists(_journal.Path))
            {
                Save(catalogue.ProjectId, catalogue.Images, data);
            }

            return (catalogue, data);
        }

        /// <summary>Appends one committed write to the journal, on the disk when this returns.</summary>
        public void Append(StateChange change) => _journal.Append(change);

        /// <summary>The snapshot, or null when there is none yet.</summary>
        private StateDocument? LoadSnapshot()
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
            var where = $"{Path}: not an emulator state file";
            Entries(where, "Images", document.Images, i => i.Id);
            for (var i = 0; i < document.Images.Count; i++)
            {
                Entries(where, $"Images[{i}].Tags", document.Images[i].Tags);
            }

            Entries(where, "Members", document.Members, m => ImsStateData.MemberKey(m.ImageId, m.ProjectId));
            Entries(where, "Jobs", document.Jobs, j => j.Id);
            Entries(where, "Servers", document.Servers);
            Entries(where, "Volumes", document.Volumes);
            Entries(where, "BucketObjects", document.BucketObjects);
        }

        /// <summary>Refuses a null entry, or one whose key an earlier entry has; <paramref name="where"/> starts the message.</summary>
        internal static void Entries<T>(string where, string member, IReadOnlyList<T>? entries, Func<T, string>? key = null)
            where T : class
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < entries?.Count; i++)
            {
                if (entries[i] is not { } entry)
                {
                    throw new InvalidDataException($"{where}: {member}[{i}] is null.");
                }

                if (key is not null && !seen.Add(key(entry)))
                {
                    throw new InvalidDataException(
                        $"{where}: {member}[{i}] repeats '{key(entry).Replace("\n", "', '", StringComparison.Ordinal)}'.");
                }
            }
        }

        /// <summary>Writes a snapshot of the whole state, then deletes the journal it holds.</summary>
        public void Save(string projectId, IEnumerable<CatalogueImage> images, ImsStateData data)
        {
            var document = DocumentOf(projectId, images, data);
            var temporary = Path + ".tmp";
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                JsonSerializer.Serialize(stream, document, StateJsonContext.Default.StateDocument);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path, overwrite: true);
            // A crash here leaves the journal beside a snapshot that holds it: replaying it gives the same state
            // (see StateChange).
            _journal.Delete();
        }

        /// <summary>The snapshot of a state: members in image and project order, jobs in the order they began.</summary>
        public static StateDocument DocumentOf(string projectId, IEnumerable<CatalogueImage> images, ImsStateData data) => new()
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

        /// <summary>The members, jobs and inventory of a loaded document.</summary>
        private static ImsStateData DataOf(StateDocument document) => new()
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
