using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace CloudImages.Sample
{
    /// <summary>The sample from command line to exit code; Program.cs only wires it to the console.</summary>
    internal static class SampleApp
    {
        /// <returns>0 done, 1 the service failed, 2 a bad command line or a query that breaks a documented rule,
        /// 130 cancelled.</returns>
        public static async Task<int> RunAsync(
            IReadOnlyList<string> args, Func<string, string?> environment, TextWriter output, TextWriter error, CancellationToken cancellationToken)
        {
            SampleOptions options;
            try
            {
                options = SampleOptions.Parse(args, environment);
            }
            catch (ArgumentException ex)
            {
                error.WriteLine(ex.Message);
                error.WriteLine(SampleOptions.Usage);
                return 2;
            }

            if (options.ShowHelp)
            {
                output.WriteLine(SampleOptions.Usage);
                return 0;
            }

            // The client would refuse the listing too, but only after the common queries had run: check it first.
            try
            {
                ApiRules.EnsureValid(options.FirstPage);
            }
            catch (ApiValidationException ex)
            {
                error.WriteLine(ex.Message);
                return 2;
            }

            // Without --endpoint, a local emulator stands in for IMS. It checks AK/SK signatures like the real gateway,
            // so the code below runs the same way in both cases: only the base address and the credentials differ.
            var demo = new AkSkCredentials("DEMOACCESSKEY0000000", "demo-secret-key", CatalogueOptions.DefaultProjectId);
            // Its jobs take 3 seconds (a real image takes minutes), and the wait polls it often.
            await using var emulator = options.Endpoint is null
                ? await ImsEmulator.StartAsync(
                    new()
                    {
                        Auth = new() { AccessKeys = { [demo.AccessKey] = demo.SecretKey } },
                        Jobs = new() { InitDuration = TimeSpan.FromSeconds(1), RunDuration = TimeSpan.FromSeconds(2) },
                    },
                    cancellationToken)
                : null;
            var endpoint = options.Endpoint ?? emulator!.BaseAddress;
            var token = emulator is null ? options.Token : null;
            var akSk = emulator is null ? options.AkSk : demo;
            var projectId = emulator is null ? options.ProjectId : demo.ProjectId;

            var services = new ServiceCollection();
            services.AddCloudImagesClient(ims =>
                {
                    ims.Endpoint = endpoint;
                    ims.Token = token;
                    ims.AccessKey = akSk?.AccessKey;
                    ims.SecretKey = akSk?.SecretKey;
                    ims.ProjectId = akSk?.ProjectId;
                })
                // Retries of GETs on 429, 5xx and network failures, with backoff, jitter and Retry-After.
                .AddStandardResilienceHandler(resilience => resilience.Retry.DisableForUnsafeHttpMethods());
            await using var provider = services.BuildServiceProvider();
            var client = provider.GetRequiredService<CloudImagesClient>();

            try
            {
                output.WriteLine($"IMS at {endpoint} ({(emulator is null ? "remote" : $"local emulator, {emulator.Catalogue.Count} images")}), "
                    + (token is not null ? "token authentication" : $"AK/SK signing ({akSk})"));

                foreach (var (title, query) in CommonQueries.For(projectId))
                {
                    output.WriteLine();
                    output.WriteLine($"== {title}");
                    if (query is null)
                    {
                        output.WriteLine("(skipped: it asks for owner={project_id}; pass --project-id or set IMS_PROJECT_ID)");
                        continue;
                    }

                    output.WriteLine($"GET {client.GetListImagesUri(query)}");
                    var page = await client.ListImagesAsync(query, cancellationToken);
                    var images = page.Images ?? Array.Empty<Image>();
                    output.WriteLine($"{images.Count} image(s) on the first page{(images.Count > options.Rows ? $", the first {options.Rows}:" : ":")}");
                    ImageTable.Write(output, images.Take(options.Rows));
                }

                var listing = options.FirstPage;
                for (var number = 1; number <= options.Pages; number++)
                {
                    output.WriteLine();
                    output.WriteLine($"== Listing, page {number}");
                    output.WriteLine($"GET {client.GetListImagesUri(listing)}");
                    var images = (await client.ListImagesAsync(listing, cancellationToken)).Images ?? Array.Empty<Image>();
                    ImageTable.Write(output, images);
                    if (images.Count < options.PageSize || images[^1].Id is not { } marker)
                    {
                        output.WriteLine("(last page)");
                        break;
                    }

                    listing = listing with { Marker = marker };
                }

                var createFrom = emulator is null ? options.CreateFrom : DefaultInventory.LinuxServerId;
                if (createFrom is not null)
                {
                    output.WriteLine();
                    output.WriteLine("== Create an image and wait for it");
                    var polling = emulator is null
                        ? new ApiJobWaitOptions()
                        : new ApiJobWaitOptions { InitialDelay = TimeSpan.FromMilliseconds(500), MaxDelay = TimeSpan.FromSeconds(1) };
                    await ImageCreation.RunAsync(client, createFrom, polling, output, cancellationToken);
                }

                return 0;
            }
            catch (ApiValidationException ex)
            {
                error.WriteLine(ex.Message);
                return 2;
            }
            catch (ApiException ex)
            {
                error.WriteLine(ex.Message);
                return 1;
            }
            catch (ApiJobFailedException ex)
            {
                error.WriteLine(ex.Message);
                return 1;
            }
            catch (ApiJobTimeoutException ex)
            {
                error.WriteLine(ex.Message);
                return 1;
            }
            catch (HttpRequestException ex)
            {
                error.WriteLine($"IMS could not be reached: {ex.Message}");
                return 1;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                error.WriteLine("Cancelled.");
                return 130;
            }
        }
    }
}
