using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>Makes a realistic catalogue from a seed: public images for every documented OS version (with the
    /// special GPU, HANA, InfiniBand, large-memory, disk-intensive and high-performance ones), and the caller's
    /// private images, images it shares, and images shared with it in every member state.</summary>
    /// <remarks>Deterministic: <see cref="Random"/> with a seed gives the same sequence on every runtime, and
    /// nothing else (clock, culture, hash order) is read.</remarks>
    public static class CatalogueGenerator
    {
        /// <summary>The owner of the public images (the tenant of the page's example response).</summary>
        public const string PublicOwner = "1bed856811654c1cb661a6ca845ebc77";

        private const long GiB = 1024L * 1024 * 1024;
        private static readonly DateTimeOffset Start = new(2018, 1, 1, 0, 0, 0, TimeSpan.Zero);
        private static readonly DateTimeOffset End = new(2025, 6, 30, 0, 0, 0, TimeSpan.Zero);

        private static readonly string[] OtherProjects =
        {
            "0b8f3e1c2d4a4b6c8e9f1a2b3c4d5e6f", "1c9a4f2d3e5b4c7d9f0a2b3c4d5e6f70", "2d0b5a3e4f6c4d8e0a1b3c4d5e6f7081",
            "3e1c6b4f5a7d4e9f1b2c4d5e6f708192", "4f2d7c5a6b8e4f0a2c3d5e6f708192a3",
        };

        private static readonly string[] EnterpriseProjects =
        {
            "0f2e4c6a-8b1d-4e3f-9a5c-7d1e3f5a7b9c", "3a5c7e9b-1d2f-4a6c-8e0b-2d4f6a8c0e1b", "6c8e0a2b-4d6f-4b8d-9f1a-3c5e7a9b1d2f",
        };

        private static readonly string[] KmsKeys =
        {
            "9b1d3f5a-7c9e-4b2d-8f4a-6c8e0a2b4d6f", "a2c4e6f8-0b1d-4f3a-9c5e-7b9d1f3a5c7e", "c4e6a8b0-2d4f-4a6c-8e1b-3d5f7a9c1e3b",
        };

        private static readonly string[] Apps = { "web", "api", "db", "cache", "batch", "gateway", "search", "etl", "ci-runner", "mail" };
        private static readonly string[] Environments = { "prod", "staging", "dev", "test" };

        private static readonly (string Key, string[] Values)[] TagVocabulary =
        {
            ("env", new[] { "prod", "staging", "dev", "test" }),
            ("team", new[] { "payments", "search", "platform", "data" }),
            ("app", new[] { "web", "api", "db", "cache", "batch" }),
            ("cost-center", new[] { "4711", "0815", "1234" }),
            ("backup", new[] { "daily", "weekly" }),
        };

        // Names people really give images: spaces, reserved URI characters, non-ASCII.
        private static readonly string[] HumanNames =
        {
            "Testbild für Kunde Müller", "数据库镜像-01", "backup 2020/03 #1 & more?", "a+b=c; d,e", "Ümlaut ÄÖÜ ß",
            "rocket 🚀 image", "100% ready", "golden image (do not delete!)", "ŁÓDŹ-web-01", "web@prod:v1",
        };

        /// <summary>Generates <paramref name="count"/> images for <paramref name="projectId"/>.</summary>
        public static IReadOnlyList<CatalogueImage> Generate(int seed, int count, string projectId)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            ArgumentException.ThrowIfNullOrEmpty(projectId);
            var state = new State(new Random(seed), projectId);
            var publicImages = PublicCandidates(state).Take(Math.Min(count, Math.Max(1, count * 3 / 20))).ToList();
            state.Images.AddRange(publicImages);
            while (state.Images.Count < count)
            {
                state.Images.Add(NextTenantImage(state, publicImages));
            }

            // __image_size is the file size the service reports; size mirrors it (the page calls size "unavailable").
            return state.Images.Take(count).Select(image => image with { ImageSize = image.Size }).ToList();
        }

        /// <summary>Public images, most interesting first, so that small catalogues keep the special ones.</summary>
        private static IEnumerable<CatalogueImage> PublicCandidates(State s)
        {
            foreach (var version in SpecialImages.XenGpu)
            {
                yield return Public(s, version, "GPU M60", latest: true) with { SupportXenGpuType = "M60_vGPU" };
            }

            foreach (var (gpuType, versions) in SpecialImages.KvmGpu)
            {
                foreach (var version in versions)
                {
                    yield return Public(s, version, "GPU " + gpuType, latest: true) with { SupportKvmGpuType = gpuType };
                }
            }

            foreach (var version in SpecialImages.XenHana)
            {
                yield return Public(s, version, "for SAP HANA", latest: true) with { SupportXenHana = true, MinRam = 262144, MaxRam = "4194304" };
            }

            foreach (var version in SpecialImages.KvmInfiniBand)
            {
                yield return Public(s, version, "InfiniBand", latest: true) with { SupportKvm = true, SupportKvmInfiniBand = true };
            }

            foreach (var version in SpecialImages.LargeMemory)
            {
                yield return WithHypervisor(s, Public(s, version, "large memory", latest: true)) with { SupportLargeMemory = true, MinRam = 65536 };
            }

            foreach (var version in SpecialImages.DiskIntensive)
            {
                yield return WithHypervisor(s, Public(s, version, "disk intensive", latest: true)) with { SupportDiskIntensive = true };
            }

            foreach (var version in SpecialImages.HighPerformance)
            {
                yield return WithHypervisor(s, Public(s, version, "high performance", latest: true)) with { SupportHighPerformance = true };
            }

            var all = OsVersions.Families.SelectMany(f => f.Versions).ToList();
            foreach (var version in all)
            {
                yield return WithHypervisor(s, Public(s, version, null, latest: true));
            }

            for (var release = 0; release < 3; release++)
            {
                foreach (var version in all)
                {
                    yield return WithHypervisor(s, Public(s, version, null, latest: false));
                }
            }
        }

        private static CatalogueImage Public(State s, string version, string? variant, bool latest)
        {
            var family = OsVersions.Families.First(f => f.Versions.Contains(version));
            var created = latest ? s.Time(new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero), End) : s.Time(Start, new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero));
            var name = (variant is null ? version : version + " " + variant)
                + (latest ? string.Empty : " " + created.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            var id = s.NewId();
            return Describe(s, id, name, family, version) with
            {
                Owner = PublicOwner,
                Visibility = "public",
                ImageType = "gold",
                Protected = true,
                CreatedAt = created,
                UpdatedAt = s.Later(created),
                ActiveAt = created.AddMinutes(s.Random.Next(3, 40)),
                Size = s.Bytes(family.OsType == "Windows" ? 9 : 1, family.OsType == "Windows" ? 28 : 9),
                OriginalImageName = string.Empty,
                SupportFcInject = true,
                Description = variant is null ? $"Public image of {version}." : $"Public image of {version}, {variant}.",
            };
        }

        private static CatalogueImage NextTenantImage(State s, IReadOnlyList<CatalogueImage> publicImages)
        {
            var parent = publicImages.Count > 0 ? publicImages[s.Random.Next(publicImages.Count)] : null;
            var roll = s.Random.NextDouble();
            var (owner, visibility, imageType, memberStatus) = roll switch
            {
                < 0.64 => (s.ProjectId, "private", "private", (string?)null),
                < 0.72 => (s.ProjectId, "shared", "shared", null),
                < 0.86 => (s.Pick(OtherProjects), "shared", "shared", "accepted"),
                < 0.93 => (s.Pick(OtherProjects), "shared", "shared", "pending"),
                _ => (s.Pick(OtherProjects), "shared", "shared", "rejected"),
            };

            var version = parent?.OsVersion ?? s.Pick(OsVersions.Families.SelectMany(f => f.Versions).ToArray());
            var family = OsVersions.Families.First(f => f.Versions.Contains(version));
            var env = s.Random.Next(100) switch { < 80 => "FusionCompute", < 88 => "DataImage", < 95 => "Ironic", _ => "IsoImage" };
            var status = s.Random.Next(100) switch { < 90 => "active", < 92 => "queued", < 95 => "saving", < 98 => "killed", _ => "deleted" };
            var created = s.Random.Next(100) < 4 && s.Images.Count > 0 ? s.Images[s.Random.Next(s.Images.Count)].CreatedAt : s.Time(Start, End);
            var fromFile = parent is null || s.Random.Next(100) < 15;
            var wholeImage = env == "FusionCompute" && s.Random.Next(100) < 6;
            var id = s.NewId();
            var image = Describe(s, id, TenantName(s, version), family, version) with
            {
                Owner = owner,
                Visibility = visibility,
                ImageType = imageType,
                MemberStatus = memberStatus,
                Status = status,
                IsRegistered = status is not ("queued" or "saving"),
                Protected = s.Random.Next(100) < 8,
                WholeImage = wholeImage,
                DiskFormat = s.Random.Next(100) switch { < 75 => "zvhd2", < 83 => "zvhd", < 89 => "vhd", < 95 => "qcow2", _ => "raw" },
                VirtualEnvType = env,
                MinDisk = env == "DataImage" ? s.Pick(new[] { 100, 200, 500, 1024 }) : s.Pick(new[] { 40, 40, 40, 50, 80, 100 }),
                MinRam = s.Pick(new[] { 0, 0, 0, 1024, 2048, 4096, 8192 }),
                Size = env switch
                {
                    "DataImage" => s.Bytes(10, 500),
                    "IsoImage" => s.Bytes(1, 6),
                    _ => s.Bytes(family.OsType == "Windows" ? 12 : 2, family.OsType == "Windows" ? 60 : 24),
                },
                CreatedAt = created,
                UpdatedAt = s.Later(created),
                ActiveAt = status == "active" ? created.AddMinutes(s.Random.Next(2, 90)) : null,
                Tags = Tags(s),
                EnterpriseProjectId = s.Random.Next(100) < 70 ? "0" : s.Pick(EnterpriseProjects),
                SystemCmkId = s.Random.Next(100) < 6 ? s.Pick(KmsKeys) : null,
                OriginalImageName = fromFile ? string.Empty : parent!.Id,
                DataOrigin = wholeImage ? "server_backup," + s.NewId() : fromFile ? "file,obs://images-" + s.Random.Next(1, 9) + "/" + id + ".qcow2" : "instance," + s.NewId(),
                RootOrigin = fromFile ? "file" : null,
                BackupId = wholeImage ? s.NewId() : string.Empty,
                Description = s.Random.Next(100) < 30 ? "Built by the image pipeline." : string.Empty,
            };

            // A private image made from a special public image keeps what its drivers support.
            return parent is null || fromFile
                ? WithHypervisor(s, image)
                : image with
                {
                    SupportKvm = parent.SupportKvm,
                    SupportXen = parent.SupportXen,
                    SupportXenGpuType = parent.SupportXenGpuType,
                    SupportKvmGpuType = parent.SupportKvmGpuType,
                    SupportXenHana = parent.SupportXenHana,
                    SupportKvmInfiniBand = parent.SupportKvmInfiniBand,
                    SupportLargeMemory = parent.SupportLargeMemory,
                    SupportDiskIntensive = parent.SupportDiskIntensive,
                    SupportHighPerformance = parent.SupportHighPerformance,
                };
        }

        /// <summary>The fields every image has, from its OS.</summary>
        private static CatalogueImage Describe(State s, string id, string name, OsFamily family, string version) => new()
        {
            Id = id,
            Name = name,
            OsVersion = version,
            Platform = family.Platform,
            OsType = family.OsType,
            OsBit = OsFamily.BitsOf(version),
            Checksum = "d41d8cd98f00b204e9800998ecf8427e",
            LazyLoading = s.Random.Next(2) == 0,
            HwFirmwareType = s.Random.Next(100) < 12 ? "uefi" : "bios",
            HwVifMultiqueueEnabled = s.Random.Next(100) < 30,
            SupportAmd = s.Random.Next(100) < 5 ? true : null,
            SequenceNum = "0",
            OsFeatureList = "{\"onekey_resetpasswd\": \"true\"}",
        };

        /// <summary>KVM, Xen, both or neither, for images with no GPU, HANA or InfiniBand support.</summary>
        private static CatalogueImage WithHypervisor(State s, CatalogueImage image) => s.Random.Next(100) switch
        {
            < 60 => image with { SupportKvm = true },
            < 80 => image with { SupportXen = true },
            < 90 => image with { SupportKvm = true, SupportXen = true },
            _ => image,
        };

        private static string TenantName(State s, string version)
        {
            var roll = s.Random.Next(100);
            if (roll < 2)
            {
                return s.Pick(HumanNames);
            }

            // Rebuilt images often keep their name: reuse the last name given to an image of the same OS.
            if (roll < 5 && s.Images.FindLast(i => i.OsVersion == version && i.Owner != PublicOwner) is { } earlier)
            {
                return earlier.Name;
            }

            var tokens = version.Split(' ');
            var number = tokens.FirstOrDefault(t => t.Length > 0 && char.IsDigit(t[0])) ?? "x";
            return $"{s.Pick(Apps)}-{s.Pick(Environments)}-{tokens[0].ToLowerInvariant()}-{number}-v{s.Random.Next(1, 200):D3}";
        }

        private static IReadOnlyList<ImageTag> Tags(State s)
        {
            var count = s.Random.Next(100) switch { < 35 => 0, < 65 => 1, < 88 => 2, _ => 3 };
            var tags = new List<ImageTag>();
            foreach (var index in Enumerable.Range(0, TagVocabulary.Length).OrderBy(_ => s.Random.Next()).Take(count).OrderBy(i => i))
            {
                var (key, values) = TagVocabulary[index];
                tags.Add(new ImageTag(key, s.Pick(values)));
            }

            return tags;
        }

        private sealed class State
        {
            public State(Random random, string projectId)
            {
                Random = random;
                ProjectId = projectId;
            }

            public Random Random { get; }

            public string ProjectId { get; }

            public List<CatalogueImage> Images { get; } = new();

            public T Pick<T>(T[] items) => items[Random.Next(items.Length)];

            public string NewId()
            {
                Span<byte> bytes = stackalloc byte[16];
                Random.NextBytes(bytes);
                bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4, in Guid's little-endian layout
                bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
                return new Guid(bytes).ToString("D");
            }

            public DateTimeOffset Time(DateTimeOffset from, DateTimeOffset to) =>
                from.AddSeconds(Random.NextInt64((long)(to - from).TotalSeconds));

            public DateTimeOffset Later(DateTimeOffset created)
            {
                var later = created.AddSeconds(Random.NextInt64(0, 400L * 24 * 3600));
                return later > End ? End : later;
            }

            public long Bytes(int minGiB, int maxGiB) => Random.NextInt64(minGiB * GiB, maxGiB * GiB);
        }
    }
}
