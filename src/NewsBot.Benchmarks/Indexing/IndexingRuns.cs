using System.Globalization;
using System.Text.Json;
using NewsBot.Benchmarks.Corpus;
using NewsBot.Benchmarks.Measurement;
using NewsBot.Benchmarks.Reporting;

namespace NewsBot.Benchmarks.Indexing;

/// <summary>The three indexing runs of a scale, each in a fresh child process, and what each wrote.</summary>
internal sealed class IndexingRuns(string appDll, ProgressLog log)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A run shorter than this is made three times and the median one reported: on this shared machine a run of
    /// seconds varies by up to ±20 % from one minute to the next. Longer runs (100x) average that out themselves.
    /// </summary>
    public static readonly TimeSpan RepeatBelow = TimeSpan.FromSeconds(45);

    public const int Repeats = 3;

    /// <summary>The app's own `index` verb: reading, quote extraction and statements, as users run it.</summary>
    public Task<IndexingFigures> WithExtractionAsync(MultipliedCorpus corpus, string indexDirectory) =>
        MedianRunAsync(() => WithExtractionOnceAsync(corpus, indexDirectory));

    public Task<IndexingFigures> PassagesOnlyAsync(MultipliedCorpus corpus, string indexDirectory) =>
        MedianRunAsync(() => PassagesOnlyOnceAsync(corpus, indexDirectory));

    public Task<IndexingFigures> SqliteAsync(MultipliedCorpus corpus, string databaseFile) =>
        MedianRunAsync(() => SqliteOnceAsync(corpus, databaseFile));

    /// <summary>The run of median time among <see cref="Repeats"/>, with the number of runs.</summary>
    public static IndexingFigures Median(IReadOnlyList<IndexingFigures> runs) =>
        runs.OrderBy(run => run.Seconds).ElementAt(runs.Count / 2) with { Runs = runs.Count };

    private static async Task<IndexingFigures> MedianRunAsync(Func<Task<IndexingFigures>> measure)
    {
        var runs = new List<IndexingFigures> { await measure().ConfigureAwait(false) };
        if (runs[0].Seconds < RepeatBelow.TotalSeconds)
        {
            while (runs.Count < Repeats)
            {
                runs.Add(await measure().ConfigureAwait(false));
            }
        }
        return Median(runs);
    }

    private async Task<IndexingFigures> WithExtractionOnceAsync(MultipliedCorpus corpus, string indexDirectory)
    {
        Folders.Delete(indexDirectory);
        var run = await RunAsync("index with extraction", [appDll, "index", .. corpus.Files, "--index", indexDirectory, "--json"]).ConfigureAwait(false);
        using var report = JsonDocument.Parse(run.Output);
        var added = report.RootElement.GetProperty("added").GetInt64();
        Expect(corpus, added, "index", run);
        return Figures(corpus, run, Folders.Size(indexDirectory));
    }

    private async Task<IndexingFigures> PassagesOnlyOnceAsync(MultipliedCorpus corpus, string indexDirectory)
    {
        Folders.Delete(indexDirectory);
        var run = await RunAsync("passages only", ChildVerbs.Arguments(ChildVerbs.IndexPassages, indexDirectory, corpus.Files)).ConfigureAwait(false);
        Expect(corpus, Counts(run).Articles, ChildVerbs.IndexPassages, run);
        return Figures(corpus, run, Folders.Size(indexDirectory));
    }

    private async Task<IndexingFigures> SqliteOnceAsync(MultipliedCorpus corpus, string databaseFile)
    {
        Folders.Delete(databaseFile);
        var run = await RunAsync("SQLite FTS5", ChildVerbs.Arguments(ChildVerbs.IndexSqlite, databaseFile, corpus.Files)).ConfigureAwait(false);
        Expect(corpus, Counts(run).Articles, ChildVerbs.IndexSqlite, run);
        return Figures(corpus, run, Folders.Size(databaseFile));
    }

    private async Task<ChildRun> RunAsync(string name, IEnumerable<string> arguments)
    {
        var lastProgress = DateTime.UtcNow;
        var run = await ChildProcess.RunAsync(ChildProcess.StartInfo(ChildProcess.DotnetHost, arguments), line =>
        {
            // The child reports progress every few seconds; pass some of it on so a long run shows it is alive.
            if (line.StartsWith("progress:", StringComparison.Ordinal) && DateTime.UtcNow - lastProgress > ProgressInterval)
            {
                lastProgress = DateTime.UtcNow;
                log.Write($"  {name}: {line}");
            }
        }).ConfigureAwait(false);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Indexing ({name}) exited with code {run.ExitCode}:{Environment.NewLine}{run.ErrorTail}"));
        }
        return run;
    }

    private static IndexedCounts Counts(ChildRun run) =>
        JsonSerializer.Deserialize<IndexedCounts>(run.Output) ?? throw new InvalidDataException("The indexing child printed no counts.");

    /// <summary>A run that indexed fewer articles than the corpus holds would make its rate meaningless: stop.</summary>
    private static void Expect(MultipliedCorpus corpus, long indexed, string verb, ChildRun run)
    {
        if (indexed != corpus.Articles)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{verb} indexed {indexed} articles of {corpus.Articles}:{Environment.NewLine}{run.ErrorTail}"));
        }
    }

    private static IndexingFigures Figures(MultipliedCorpus corpus, ChildRun run, long sizeBytes)
    {
        var seconds = run.Elapsed.TotalSeconds;
        return new IndexingFigures(seconds, corpus.Articles / seconds, corpus.TextMegabytes / seconds, run.PeakBytes, sizeBytes);
    }
}
