using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CloudImages.Emulator
{
    /// <summary>A local, stateful IMS on Kestrel, 127.0.0.1, a free port (or <see cref="ImsEmulatorOptions.Port"/>):
    /// every operation of the IMS API reference, IMS-native and OpenStack-native, over one shared state, with jobs
    /// that take time on <see cref="ImsEmulatorOptions.TimeProvider"/>.</summary>
    /// <example><code>
    /// await using var ims = await ImsEmulator.StartAsync();
    /// var http = new HttpClient { BaseAddress = ims.BaseAddress };
    /// </code></example>
    public sealed class ImsEmulator : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ImsRequestPipeline _pipeline;
        private readonly CancellationTokenSource _stopping;
        private readonly ImsState _state;
        private int _disposed;

        private ImsEmulator(WebApplication app, ImsRequestPipeline pipeline, CancellationTokenSource stopping, ImsState state, FaultInjector faults, Uri baseAddress)
        {
            _app = app;
            _pipeline = pipeline;
            _stopping = stopping;
            _state = state;
            Catalogue = state.Catalogue;
            Faults = faults;
            BaseAddress = baseAddress;
        }

        /// <summary>The endpoint to give an HttpClient, such as http://127.0.0.1:41234/ (always ending in '/').</summary>
        public Uri BaseAddress { get; }

        /// <summary>The images served; change them at any time.</summary>
        public ImageCatalogue Catalogue { get; }

        /// <summary>How long jobs take and which fail; changes apply to jobs started afterwards.</summary>
        public ImsJobOptions JobOptions => _state.Jobs;

        /// <summary>The members of shared images, now.</summary>
        public IReadOnlyList<ImageMember> Members => _state.Data.Members.Values.OrderBy(m => m.ImageId, StringComparer.Ordinal).ThenBy(m => m.ProjectId, StringComparer.Ordinal).ToList();

        /// <summary>The jobs started so far, in the order they started.</summary>
        public IReadOnlyList<ImsJob> Jobs => _state.Data.Jobs.Values.OrderBy(j => j.BeginTime).ThenBy(j => j.Id, StringComparer.Ordinal).ToList();

        /// <summary>The OBS objects, including those exports wrote.</summary>
        public IReadOnlyList<BucketObject> BucketObjects => _state.Data.BucketObjects;

        /// <summary>How many writes have been applied (and, with a state file, saved).</summary>
        public long WriteCount => _state.Version;

        /// <summary>Queue faults for the next requests, and count the faults injected.</summary>
        public FaultInjector Faults { get; }

        /// <summary>How many requests have arrived, including those answered with a fault.</summary>
        public int RequestCount => _pipeline.RequestCount;

        /// <summary>How many slow responses were abandoned because the client went away.</summary>
        public int AbandonedRequestCount => _pipeline.AbandonedCount;

        /// <summary>Builds the catalogue and starts listening.</summary>
        public static async Task<ImsEmulator> StartAsync(ImsEmulatorOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new ImsEmulatorOptions();
            if (options.Port is < IPEndPoint.MinPort or > IPEndPoint.MaxPort)
            {
                throw new ArgumentOutOfRangeException(nameof(options), options.Port, "Port must be 0 (a free port) to 65535.");
            }

            var clock = options.TimeProvider ?? TimeProvider.System;
            var state = CreateState(options, clock);
            var faults = new FaultInjector(options.Faults);
            var stopping = new CancellationTokenSource();
            var pipeline = new ImsRequestPipeline(state, new RouteTable(ImsRoutes.All), faults, options.Auth, clock, stopping.Token);

            // The empty builder reads no configuration, environment or appsettings, and logs nothing.
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Listen(IPAddress.Loopback, options.Port);
            });
            var app = builder.Build();
            app.Run(pipeline.HandleAsync);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await app.DisposeAsync().ConfigureAwait(false);
                stopping.Dispose();
                throw;
            }

            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new ImsEmulator(app, pipeline, stopping, state, faults, new Uri(address.TrimEnd('/') + "/"));
        }

        /// <summary>The saved state when the state file exists; otherwise a new catalogue and inventory (saved at once
        /// when there is a state file).</summary>
        private static ImsState CreateState(ImsEmulatorOptions options, TimeProvider clock)
        {
            var file = options.StateFile is { } path ? new StateFile(path) : null;
            var jobs = options.Jobs ?? new ImsJobOptions();
            if (file?.Load() is { } saved)
            {
                return new ImsState(saved.Catalogue, saved.Data, jobs, clock, file);
            }

            var catalogueOptions = options.Catalogue ?? new CatalogueOptions();
            var catalogue = new ImageCatalogue(
                catalogueOptions.ProjectId,
                CatalogueGenerator.Generate(catalogueOptions.Seed, catalogueOptions.GeneratedImageCount, catalogueOptions.ProjectId).Concat(catalogueOptions.Images));
            var state = new ImsState(catalogue, ImsStateData.From(options.Inventory ?? new InventoryOptions()), jobs, clock, file);
            state.Save();
            return state;
        }

        /// <summary>Stops listening; requests in flight are cut short.</summary>
        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            await _stopping.CancelAsync().ConfigureAwait(false);
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
            {
                await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            }

            await _app.DisposeAsync().ConfigureAwait(false);
            _stopping.Dispose();
        }
    }
}
