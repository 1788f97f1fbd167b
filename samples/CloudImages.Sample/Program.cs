using CloudImages.Sample;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await SampleApp.RunAsync(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error, cancellation.Token);
