using NewsBot.Benchmarks;

// The benchmark starts itself as a child process for the passage-only and SQLite indexing runs and the in-process
// latency figures, so each is measured in a fresh process, as the app's own `index` and `serve` are.
if (await ChildVerbs.RunAsync(args).ConfigureAwait(false) is { } childExit)
{
    return childExit;
}
if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}
if (!BenchmarkOptions.TryParse(args, Directory.GetCurrentDirectory(), out var options, out var error))
{
    await Console.Error.WriteLineAsync($"error: {error}{Environment.NewLine}{BenchmarkOptions.Usage}").ConfigureAwait(false);
    return 2;
}
return await new BenchmarkRunner(options, new ProgressLog(Console.Error)).RunAsync().ConfigureAwait(false);
