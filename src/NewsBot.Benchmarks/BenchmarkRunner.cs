using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using NewsBot.Benchmarks.Corpus;
using NewsBot.Benchmarks.Queries;
using NewsBot.Benchmarks.Reporting;

namespace NewsBot.Benchmarks;

/// <summary>Runs every scale in turn and rewrites the results folder after each, so a long run stopped late keeps what it measured.</summary>
internal sealed class BenchmarkRunner(BenchmarkOptions options, ProgressLog log)
{
    public async Task<int> RunAsync()
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var ownsWork = options.WorkDirectory is null;
        var work = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "newsbot-benchmarks-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            log.Write($"corpus {options.CorpusFile}; scales {string.Join(", ", options.Scales)}; work folder {work}");
            log.Write("deriving the query set from the corpus…");
            var queries = QuerySetLoader.Load(options.CorpusFile);
            var (articles, textBytes) = CorpusMultiplier.Count(options.CorpusFile);
            log.Write(string.Create(CultureInfo.InvariantCulture, $"{queries.Count} queries; the corpus has {articles:N0} articles, {textBytes / 1e6:0.0} MB of text"));
            Directory.CreateDirectory(work);
            var queriesFile = Path.Combine(work, "queries.json");
            ChildVerbs.WriteQueries(queriesFile, queries);
            var app = options.AppDll;
            if (app is null)
            {
                log.Write("publishing the app as it is deployed (Release, ReadyToRun)…");
                app = await AppPublisher.PublishAsync(options.Repository!, Path.Combine(work, "app")).ConfigureAwait(false);
            }
            var multiplier = new CorpusMultiplier(options.CorpusFile, Path.Combine(work, "corpus"));
            var figures = new List<ScaleFigures>();
            IReadOnlyList<string> written = [];
            foreach (var scale in options.Scales)
            {
                log.Write($"{scale}×: writing the multiplied corpus…");
                var corpus = multiplier.Prepare(scale, message => log.Write($"  {message}"));
                log.Write(string.Create(CultureInfo.InvariantCulture, $"{scale}×: {corpus.Articles:N0} articles, {corpus.TextMegabytes:N0} MB of text"));
                figures.Add(await new ScaleBenchmark(options, app, queries, queriesFile, work, log).RunAsync(corpus).ConfigureAwait(false));
                var results = new BenchmarkResults(started, clock.Elapsed, Machine(), options.CorpusFile, articles, textBytes / 1e6,
                    queries.Count, options.Rounds, options.ThroughputSeconds, [.. figures]);
                written = ResultsWriter.Write(options.OutputDirectory, results, queries);
                log.Write($"{scale}×: done; results written");
            }
            log.Write($"finished in {clock.Elapsed.TotalMinutes:0.0} minutes:");
            foreach (var file in written)
            {
                log.Write($"  {file}");
            }
            return 0;
        }
        catch (Exception error) when (error is InvalidOperationException or InvalidDataException or IOException or TimeoutException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            return 1;
        }
        finally
        {
            if (ownsWork && Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>Cores, processor, memory, OS and runtime: enough to tell whether two runs are comparable.</summary>
    private static string Machine()
    {
        var processor = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({processor ?? RuntimeInformation.ProcessArchitecture.ToString()}), {memory:0} GB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    }
}
