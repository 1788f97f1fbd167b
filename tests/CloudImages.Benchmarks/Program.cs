return await CloudImages.Benchmarks.Cli.RunAsync(args).ConfigureAwait(false);
