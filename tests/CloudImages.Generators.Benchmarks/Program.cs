return CloudImages.Generators.Benchmarks.Cli.Run(args);
