using System.Globalization;
using NewsBot.Benchmarks.Corpus;
using NewsBot.Benchmarks.Indexing;
using NewsBot.Benchmarks.Measurement;
using NewsBot.Benchmarks.Queries;
using NewsBot.Benchmarks.Reporting;
using NewsBot.Benchmarks.Retrieval;
using NewsBot.Benchmarks.Serving;

namespace NewsBot.Benchmarks;

/// <summary>
/// Every figure at one multiple of the corpus, in an order that keeps one index on disk at a time: passages-only
/// index (measured, deleted), the SQLite peer and bare Lucene.Net (each indexed, queried, deleted), then the app's index with statements,
/// queried in process, then served over HTTP, then deleted. Indexing and in-process queries each run in a fresh child
/// process, so none of them carries another's state.
/// </summary>
internal sealed class ScaleBenchmark(BenchmarkOptions options, string appDll, IReadOnlyList<BenchmarkQuery> queries, string queriesFile, string workDirectory, ProgressLog log)
{
    private static readonly int[] ClientCounts = [1, 4, 16];
    private const int StartsForReadiness = 3;

    public async Task<ScaleFigures> RunAsync(MultipliedCorpus corpus)
    {
        var label = string.Create(CultureInfo.InvariantCulture, $"{corpus.Scale}×");
        var indexing = new IndexingRuns(appDll, log);

        var passagesDirectory = Path.Combine(workDirectory, $"passages-{corpus.Scale}");
        log.Write($"{label}: indexing passages only (read + NewsIndex.Upsert)…");
        var passagesOnly = await indexing.PassagesOnlyAsync(corpus, Fresh(passagesDirectory)).ConfigureAwait(false);
        Folders.Delete(passagesDirectory);
        log.Write($"{label}: passages only: {Describe(passagesOnly)}");

        var sqlite = await PeerAsync(label, "SQLite FTS5", Path.Combine(workDirectory, $"fts5-{corpus.Scale}.db"),
            target => indexing.SqliteAsync(corpus, target), ChildVerbs.LatencySqlite).ConfigureAwait(false);
        var bareLucene = await PeerAsync(label, "bare Lucene.Net (the Lucene Java peer's shape)", Path.Combine(workDirectory, $"lucene-{corpus.Scale}"),
            target => indexing.BareLuceneAsync(corpus, target), ChildVerbs.LatencyBareLucene).ConfigureAwait(false);

        var indexDirectory = Path.Combine(workDirectory, $"index-{corpus.Scale}");
        log.Write($"{label}: `NewsBot index` with quote extraction…");
        var withExtraction = await indexing.WithExtractionAsync(corpus, Fresh(indexDirectory)).ConfigureAwait(false);
        log.Write($"{label}: with extraction: {Describe(withExtraction)}");

        log.Write($"{label}: latency in process (search, quotes, ask)…");
        var inProcess = await ChildMeasurement.RunAsync<RetrievalFigures>(ChildVerbs.LatencyNewsBot, indexDirectory, queriesFile, options.Rounds).ConfigureAwait(false);
        log.Write($"{label}: in process: search {Latency(inProcess.Search)} (ranking only {Latency(inProcess.Ranking!)}), quotes {Latency(inProcess.Quotes)}, ask {Latency(inProcess.Ask)}");

        var (http, throughput, serving) = await ServeAsync(label, indexDirectory).ConfigureAwait(false);
        Folders.Delete(indexDirectory);
        return new ScaleFigures(corpus.Scale, corpus.Articles, corpus.TextMegabytes, withExtraction, passagesOnly,
            sqlite, bareLucene, inProcess, http, throughput, serving);
    }

    /// <summary>A peer indexed into <paramref name="target"/> (a folder or database file), queried, then deleted.</summary>
    private async Task<PeerFigures> PeerAsync(string label, string name, string target, Func<string, Task<IndexingFigures>> index, string latencyVerb)
    {
        log.Write($"{label}: indexing {name}…");
        var indexing = await index(Fresh(target)).ConfigureAwait(false);
        log.Write($"{label}: {name}: {Describe(indexing)}; querying…");
        var search = await ChildMeasurement.RunAsync<LatencySummary>(latencyVerb, target, queriesFile, options.Rounds).ConfigureAwait(false);
        Folders.Delete(target);
        log.Write($"{label}: {name} top 10 {Latency(search)}");
        return new PeerFigures(indexing, search);
    }

    private async Task<(RetrievalFigures Http, IReadOnlyList<ThroughputFigure> Throughput, ServingFigures Serving)> ServeAsync(string label, string indexDirectory)
    {
        var ready = new List<double>();
        ServedApp? app = null;
        try
        {
            for (var start = 0; start < StartsForReadiness; start++)
            {
                if (app is not null)
                {
                    await app.DisposeAsync().ConfigureAwait(false);
                }
                (app, var elapsed) = await ServedApp.StartAsync(appDll, indexDirectory).ConfigureAwait(false);
                ready.Add(elapsed.TotalMilliseconds);
            }
            log.Write($"{label}: serving; ready after {string.Join(", ", ready.Select(ms => ms.ToString("N0", CultureInfo.InvariantCulture)))} ms; latency over HTTP…");
            var calls = new ApiCalls(app!.Client);
            var latencies = new Dictionary<string, LatencySummary>(StringComparer.Ordinal);
            foreach (var endpoint in ApiCalls.Endpoints)
            {
                latencies[endpoint] = await LatencyHarness.MeasureAsync(queries, options.Rounds, q => calls.CallOrThrowAsync(endpoint, q)).ConfigureAwait(false);
            }
            var http = new RetrievalFigures(latencies[ApiCalls.SearchEndpoint], latencies[ApiCalls.QuotesEndpoint], latencies[ApiCalls.AskEndpoint]);
            var memory = app.Memory();
            log.Write($"{label}: over HTTP: search {Latency(http.Search)}, quotes {Latency(http.Quotes)}, ask {Latency(http.Ask)}; VmRSS {Units.Mb(memory.Resident)}, RssAnon {Units.Mb(memory.ResidentAnonymous)}");

            var throughput = new List<ThroughputFigure>();
            foreach (var endpoint in ApiCalls.Endpoints)
            {
                foreach (var clients in ClientCounts)
                {
                    var figure = await ThroughputHarness.RunAsync(endpoint, queries, clients, TimeSpan.FromSeconds(options.ThroughputSeconds),
                        q => calls.CallAsync(endpoint, q)).ConfigureAwait(false);
                    throughput.Add(figure);
                    log.Write(string.Create(CultureInfo.InvariantCulture,
                        $"{label}: {endpoint}, {clients} client(s): {figure.RequestsPerSecond:N0} requests/s{(figure.Failures > 0 ? $", {figure.Failures} failed" : "")}"));
                }
            }
            return (http, throughput, new ServingFigures(ready, memory, app.Memory().Peak));
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The path, with whatever an earlier interrupted run left there removed.</summary>
    private static string Fresh(string path)
    {
        Folders.Delete(path);
        return path;
    }

    private static string Describe(IndexingFigures figures) => string.Create(CultureInfo.InvariantCulture,
        $"{figures.Seconds:0.0} s, {figures.ArticlesPerSecond:N0} articles/s, {figures.TextMegabytesPerSecond:0.00} MB/s, peak {Units.Mb(figures.PeakBytes)}, {Units.Mb(figures.SizeBytes)} on disk");

    private static string Latency(LatencySummary latency) => $"{Units.Ms(latency.MedianMs)} median, {Units.Ms(latency.P99Ms)} p99";
}
