using CloudImages.Importer.Cli;

return Commands.Run(args, Console.Out, Console.Error);
