using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>The writes committed since the snapshot: one JSON line each (a <see cref="StateChange"/>), appended and
    /// flushed to the disk before the write is applied and answered.</summary>
    internal sealed class StateJournal
    {
        // The length of the lines written whole; null until the journal is read or deleted (then appends go at the end).
        private long? _length;

        public StateJournal(string path) => Path = path;

        public string Path { get; }

        public long Length => _length ?? 0;

        /// <summary>The writes in the journal, in order. A last line that is cut short or not valid is a write the
        /// process was killed while saving, so never acknowledged: it is left out, and cut off the file.</summary>
        /// <exception cref="InvalidDataException">A line before the last is not valid; the message names the file,
        /// line and column.</exception>
        public IReadOnlyList<StateChange> Read()
        {
            var changes = new List<StateChange>();
            var bytes = File.Exists(Path) ? File.ReadAllBytes(Path) : Array.Empty<byte>();
            var start = 0;
            for (var line = 1; start < bytes.Length; line++)
            {
                var end = Array.IndexOf(bytes, (byte)'\n', start);
                if (end < 0)
                {
                    break;
                }

                try
                {
                    changes.Add(Parse(bytes.AsSpan(start, end - start), line));
                }
                catch (InvalidDataException) when (end == bytes.Length - 1)
                {
                    break;
                }

                start = end + 1;
            }

            if (start < bytes.Length)
            {
                // Cut off, so that the next append does not follow it and make it a line in the middle.
                using var stream = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.Read);
                stream.SetLength(start);
                stream.Flush(flushToDisk: true);
            }

            _length = start;
            return changes;
        }

        /// <summary>Appends <paramref name="change"/> and flushes it to the disk. When that fails, the line is cut off
        /// again, so the journal holds only applied writes.</summary>
        public void Append(StateChange change)
        {
            using var line = new MemoryStream(4096);
            JsonSerializer.Serialize(line, change, StateJsonContext.Default.StateChange);
            line.WriteByte((byte)'\n');
            using var stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, bufferSize: 0);
            var length = _length ?? stream.Length;
            try
            {
                if (stream.Length != length)
                {
                    stream.SetLength(length); // what a failed append left behind
                }

                stream.Position = length;
                stream.Write(line.GetBuffer(), 0, (int)line.Length);
                stream.Flush(flushToDisk: true);
            }
            catch (IOException)
            {
                Truncate(stream, length);
                throw;
            }

            _length = length + line.Length;
        }

        /// <summary>Deletes the journal, once a snapshot holds its writes.</summary>
        public void Delete()
        {
            File.Delete(Path);
            _length = 0;
        }

        private StateChange Parse(ReadOnlySpan<byte> json, int line)
        {
            StateChange? change;
            try
            {
                change = JsonSerializer.Deserialize(json, StateJsonContext.Default.StateChange);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException(
                    $"{Path}({line},{(ex.BytePositionInLine ?? 0) + 1}): not an emulator state journal line: {ex.Message}", ex);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"{Path}({line},1): not an emulator state journal line: {ex.Message}", ex);
            }

            var where = $"{Path}({line},1): not an emulator state journal line";
            if (change is null)
            {
                throw new InvalidDataException($"{where}: null.");
            }

            StateFile.Entries(where, "Images", change.Images, i => i.Id);
            for (var i = 0; i < change.Images?.Count; i++)
            {
                StateFile.Entries(where, $"Images[{i}].Tags", change.Images[i].Tags);
            }

            StateFile.Entries(where, "RemovedImages", change.RemovedImages, id => id);
            StateFile.Entries(where, "Members", change.Members, m => ImsStateData.MemberKey(m.ImageId, m.ProjectId));
            StateFile.Entries(where, "RemovedMembers", change.RemovedMembers, m => ImsStateData.MemberKey(m.ImageId, m.ProjectId));
            StateFile.Entries(where, "Jobs", change.Jobs, j => j.Id);
            StateFile.Entries(where, "BucketObjects", change.BucketObjects, o => o.Bucket + "\n" + o.Key);
            return change;
        }

        private static void Truncate(FileStream stream, long length)
        {
            try
            {
                stream.SetLength(length);
            }
            catch (IOException)
            {
                // The next append cuts it off (see above); until then it is a last line, which a restart leaves out.
            }
        }
    }
}
