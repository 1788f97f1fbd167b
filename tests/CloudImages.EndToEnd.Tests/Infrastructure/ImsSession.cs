using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>A stateful emulator of its own on a fake clock, with two callers: the owner (the catalogue's project)
    /// and a member project that images can be shared with. Each signs in with a token of its project.</summary>
    internal sealed class ImsSession : IAsyncDisposable
    {
        public const string OwnerToken = "owner-token";
        public const string MemberToken = "member-token";
        public const string MemberProjectId = "7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f";
        public const string OwnerProjectId = CatalogueOptions.DefaultProjectId;

        /// <summary>Polls every few milliseconds: the clock that moves the jobs is advanced by the test.</summary>
        public static readonly ApiJobWaitOptions Polling = new()
        {
            InitialDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(20),
            Timeout = TimeSpan.FromSeconds(30),
        };

        private readonly TestClient _owner;
        private readonly TestClient _member;

        private ImsSession(ImsEmulator ims, FakeTimeProvider clock, TestClient owner, TestClient member)
        {
            Ims = ims;
            Clock = clock;
            _owner = owner;
            _member = member;
        }

        public ImsEmulator Ims { get; }

        /// <summary>The emulator's clock; it starts at 2026-12-01T08:00:00Z.</summary>
        public FakeTimeProvider Clock { get; }

        /// <summary>The catalogue's project, which owns its private images.</summary>
        public CloudImagesClient Owner => _owner.Client;

        /// <summary>Another project, a member of the images the owner shares with it.</summary>
        public CloudImagesClient Member => _member.Client;

        /// <summary>Starts an emulator with <paramref name="images"/> generated images (none by default: a test makes
        /// its own) and the default inventory.</summary>
        /// <param name="retryWrites">Also send writes again after a 429 or 503 (see <see cref="TestClient"/>).</param>
        public static async Task<ImsSession> StartAsync(int images = 0, Action<ImsEmulatorOptions>? configure = null, bool retries = true, bool retryWrites = false)
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
            var options = new ImsEmulatorOptions
            {
                Catalogue = { GeneratedImageCount = images },
                TimeProvider = clock,
                Auth = new ImsAuthOptions { Tokens = { OwnerToken }, TokenProjects = { [MemberToken] = MemberProjectId } },
            };
            configure?.Invoke(options);
            var ims = await ImsEmulator.StartAsync(options);
            var owner = TestClient.Create(ims.BaseAddress, o => (o.Token, o.ProjectId) = (OwnerToken, OwnerProjectId), retries: retries, retryWrites: retryWrites);
            var member = TestClient.Create(ims.BaseAddress, o => (o.Token, o.ProjectId) = (MemberToken, MemberProjectId), retries: retries, retryWrites: retryWrites);
            return new ImsSession(ims, clock, owner, member);
        }

        /// <summary>Lets every job started so far run to its end, then waits for <paramref name="job"/>.</summary>
        public Task<T> CompleteAsync<T>(ApiJob<T> job)
        {
            FinishJobs();
            return job.WaitForCompletionAsync(Polling);
        }

        /// <summary>Advances the clock past the end of every job started so far.</summary>
        public void FinishJobs()
        {
            var ends = Ims.Jobs.Select(j => j.EndTime).DefaultIfEmpty(Clock.GetUtcNow()).Max();
            if (ends >= Clock.GetUtcNow())
            {
                Clock.Advance(ends - Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
            }
        }

        public async ValueTask DisposeAsync()
        {
            _owner.Dispose();
            _member.Dispose();
            await Ims.DisposeAsync();
        }
    }
}
