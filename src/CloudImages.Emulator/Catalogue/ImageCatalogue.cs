using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;

namespace CloudImages.Emulator
{
    /// <summary>The emulator's images. Safe to change while requests are served: each request reads one
    /// consistent snapshot.</summary>
    /// <remarks>A removed image leaves a tombstone with its last values, so a client that pages with it as the
    /// marker continues from the same place; see README, "Marker guarantee".</remarks>
    public sealed class ImageCatalogue
    {
        private readonly object _gate = new();
        private readonly Dictionary<string, CatalogueImage> _byId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CatalogueImage> _tombstones = new(StringComparer.Ordinal);
        private ReadOnlyCollection<CatalogueImage> _snapshot = ReadOnlyCollection<CatalogueImage>.Empty;

        /// <summary>Creates a catalogue holding <paramref name="images"/>.</summary>
        /// <param name="projectId">The caller's project: the owner of its private images.</param>
        /// <param name="images">The first images; ids must be unique.</param>
        public ImageCatalogue(string projectId, IEnumerable<CatalogueImage> images)
        {
            ArgumentException.ThrowIfNullOrEmpty(projectId);
            ProjectId = projectId;
            AddRange(images);
        }

        /// <summary>The caller's project id: the owner of its private images, and the <c>owner</c> of the
        /// "Private images" common query.</summary>
        public string ProjectId { get; }

        /// <summary>How many images there are.</summary>
        public int Count => Volatile.Read(ref _snapshot).Count;

        /// <summary>Every image, in the order they were added; a snapshot that later changes do not affect.</summary>
        public IReadOnlyList<CatalogueImage> Images => Volatile.Read(ref _snapshot);

        /// <summary>The image with <paramref name="id"/>, or null.</summary>
        public CatalogueImage? Find(string id)
        {
            lock (_gate)
            {
                return _byId.GetValueOrDefault(id);
            }
        }

        /// <summary>Adds an image.</summary>
        /// <exception cref="ArgumentException">An image with the same id exists.</exception>
        public void Add(CatalogueImage image) => AddRange(new[] { image ?? throw new ArgumentNullException(nameof(image)) });

        /// <summary>Adds images, all or none.</summary>
        /// <exception cref="ArgumentException">An id is already taken, or given twice.</exception>
        public void AddRange(IEnumerable<CatalogueImage> images)
        {
            ArgumentNullException.ThrowIfNull(images);
            var added = images.ToList();
            lock (_gate)
            {
                var ids = new HashSet<string>(StringComparer.Ordinal);
                foreach (var image in added)
                {
                    ArgumentNullException.ThrowIfNull(image);
                    if (_byId.ContainsKey(image.Id) || !ids.Add(image.Id))
                    {
                        throw new ArgumentException($"The catalogue already has an image with id '{image.Id}'.", nameof(images));
                    }
                }

                foreach (var image in added)
                {
                    _byId.Add(image.Id, image);
                    _tombstones.Remove(image.Id);
                }

                Publish(added);
            }
        }

        /// <summary>Replaces the image that has the same id, for example to change its status.</summary>
        /// <returns>False when there is no such image.</returns>
        public bool Update(CatalogueImage image)
        {
            ArgumentNullException.ThrowIfNull(image);
            lock (_gate)
            {
                if (!_byId.ContainsKey(image.Id))
                {
                    return false;
                }

                _byId[image.Id] = image;
                Publish(Array.Empty<CatalogueImage>());
                return true;
            }
        }

        /// <summary>Removes an image; its id stays valid as a paging marker.</summary>
        /// <returns>False when there is no such image.</returns>
        public bool Remove(string id)
        {
            lock (_gate)
            {
                if (!_byId.Remove(id, out var removed))
                {
                    return false;
                }

                _tombstones[id] = removed;
                Publish(Array.Empty<CatalogueImage>());
                return true;
            }
        }

        /// <summary>Applies one write of the API: added or replaced images, then removed ones, seen by readers all at
        /// once.</summary>
        internal void Apply(IReadOnlyCollection<CatalogueImage> puts, IReadOnlyCollection<string> removes)
        {
            lock (_gate)
            {
                var appended = new List<CatalogueImage>();
                foreach (var image in puts)
                {
                    if (!_byId.ContainsKey(image.Id))
                    {
                        appended.Add(image);
                    }

                    _byId[image.Id] = image;
                    _tombstones.Remove(image.Id);
                }

                foreach (var id in removes)
                {
                    if (_byId.Remove(id, out var removed))
                    {
                        _tombstones[id] = removed;
                        appended.RemoveAll(i => string.Equals(i.Id, id, StringComparison.Ordinal));
                    }
                }

                Publish(appended);
            }
        }

        /// <summary>The image a marker names: a current image, or the last values of a removed one.</summary>
        internal CatalogueImage? FindMarker(string id)
        {
            lock (_gate)
            {
                return _byId.GetValueOrDefault(id) ?? _tombstones.GetValueOrDefault(id);
            }
        }

        // Callers hold _gate. Keeps insertion order: the old snapshot's survivors, with current values, then the new images.
        private void Publish(IReadOnlyCollection<CatalogueImage> appended)
        {
            var next = new List<CatalogueImage>(_byId.Count);
            foreach (var image in _snapshot)
            {
                if (_byId.TryGetValue(image.Id, out var current))
                {
                    next.Add(current);
                }
            }

            next.AddRange(appended);
            Volatile.Write(ref _snapshot, next.AsReadOnly());
        }
    }
}
