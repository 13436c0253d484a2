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

    /// <summary>The app's own `index` verb: reading, quote extraction and statements, as users run it.</summary>
    public async Task<IndexingFigures> WithExtractionAsync(MultipliedCorpus corpus, string indexDirectory)
    {
        var run = await RunAsync("index with extraction", [appDll, "index", .. corpus.Files, "--index", indexDirectory, "--json"]).ConfigureAwait(false);
        using var report = JsonDocument.Parse(run.Output);
        var added = report.RootElement.GetProperty("added").GetInt64();
        Expect(corpus, added, "index", run);
        return Figures(corpus, run, Folders.Size(indexDirectory));
    }

    public async Task<IndexingFigures> PassagesOnlyAsync(MultipliedCorpus corpus, string indexDirectory)
    {
        var run = await RunAsync("passages only", ChildVerbs.Arguments(ChildVerbs.IndexPassages, indexDirectory, corpus.Files)).ConfigureAwait(false);
        Expect(corpus, Counts(run).Articles, ChildVerbs.IndexPassages, run);
        return Figures(corpus, run, Folders.Size(indexDirectory));
    }

    public async Task<IndexingFigures> SqliteAsync(MultipliedCorpus corpus, string databaseFile)
    {
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
