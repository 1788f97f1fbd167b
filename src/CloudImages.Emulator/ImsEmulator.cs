using System;
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
    /// <summary>A local IMS "Querying Images" service (GET /v2/cloudimages) on Kestrel, 127.0.0.1, a free port
    /// (or <see cref="ImsEmulatorOptions.Port"/>).</summary>
    /// <example><code>
    /// await using var ims = await ImsEmulator.StartAsync();
    /// var http = new HttpClient { BaseAddress = ims.BaseAddress };
    /// </code></example>
    public sealed class ImsEmulator : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ImsRequestPipeline _pipeline;
        private readonly CancellationTokenSource _stopping;
        private int _disposed;

        private ImsEmulator(WebApplication app, ImsRequestPipeline pipeline, CancellationTokenSource stopping, ImageCatalogue catalogue, FaultInjector faults, Uri baseAddress)
        {
            _app = app;
            _pipeline = pipeline;
            _stopping = stopping;
            Catalogue = catalogue;
            Faults = faults;
            BaseAddress = baseAddress;
        }

        /// <summary>The endpoint to give an HttpClient, such as http://127.0.0.1:41234/ (always ending in '/').</summary>
        public Uri BaseAddress { get; }

        /// <summary>The images served; change them at any time.</summary>
        public ImageCatalogue Catalogue { get; }

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

            var catalogueOptions = options.Catalogue ?? new CatalogueOptions();
            var catalogue = new ImageCatalogue(
                catalogueOptions.ProjectId,
                CatalogueGenerator.Generate(catalogueOptions.Seed, catalogueOptions.GeneratedImageCount, catalogueOptions.ProjectId).Concat(catalogueOptions.Images));
            var faults = new FaultInjector(options.Faults);
            var stopping = new CancellationTokenSource();
            var pipeline = new ImsRequestPipeline(catalogue, faults, options.Auth, options.TimeProvider ?? TimeProvider.System, stopping.Token);

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
            return new ImsEmulator(app, pipeline, stopping, catalogue, faults, new Uri(address.TrimEnd('/') + "/"));
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
