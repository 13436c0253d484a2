using System.Globalization;
using System.Text.Json;
using NewsBot.Benchmarks.Corpus;
using NewsBot.Benchmarks.Measurement;
using NewsBot.Benchmarks.Reporting;

namespace NewsBot.Benchmarks.Indexing;

/// <summary>The four indexing runs of a scale, each in a fresh child process, and what each wrote.</summary>
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
        MedianRunAsync(() => ChildOnceAsync("passages only", ChildVerbs.IndexPassages, corpus, indexDirectory));

    public Task<IndexingFigures> SqliteAsync(MultipliedCorpus corpus, string databaseFile) =>
        MedianRunAsync(() => ChildOnceAsync("SQLite FTS5", ChildVerbs.IndexSqlite, corpus, databaseFile));

    public Task<IndexingFigures> BareLuceneAsync(MultipliedCorpus corpus, string indexDirectory) =>
        MedianRunAsync(() => ChildOnceAsync("bare Lucene.Net", ChildVerbs.IndexBareLucene, corpus, indexDirectory));

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

    /// <summary>One of the benchmark's child verbs, which fills <paramref name="target"/> (a folder or database file) and prints its counts.</summary>
    private async Task<IndexingFigures> ChildOnceAsync(string name, string verb, MultipliedCorpus corpus, string target)
    {
        Folders.Delete(target);
        var run = await RunAsync(name, ChildVerbs.Arguments(verb, target, corpus.Files)).ConfigureAwait(false);
        Expect(corpus, Counts(run).Articles, verb, run);
        return Figures(corpus, run, Folders.Size(target));
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
