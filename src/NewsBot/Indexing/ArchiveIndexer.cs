using NewsBot.Articles;
using NewsBot.Index;
using NewsBot.Ingestion;
using NewsBot.Quotes;

namespace NewsBot.Indexing;

/// <summary>
/// Reads files and folders into the index, each article with the statements extracted from it. Bad input never
/// stops a run: each problem is recorded and the rest is indexed. Changes are committed in batches and at the end,
/// so an interrupted run keeps every batch committed before it and a re-run completes it without duplicates
/// (upserts are idempotent).
/// </summary>
public sealed class ArchiveIndexer(NewsIndex index, ArticleFileReader reader, QuoteExtractor quotes, int articlesPerCommit = ArchiveIndexer.DefaultArticlesPerCommit)
{
    /// <summary>
    /// Commit after this many changed articles: bounds what a crash can lose (about half a minute of work on two
    /// cores) without paying an fsync per file. Every commit also flushes the writer's buffers into segments that
    /// merges must then rewrite: with two writer threads, committing every 5,000 articles (into a 64 MB buffer)
    /// took the 100x corpus 417 s, against 290 s at this default (README, where indexing time goes).
    /// </summary>
    public const int DefaultArticlesPerCommit = 50_000;

    private readonly int articlesPerCommit = articlesPerCommit > 0
        ? articlesPerCommit
        : throw new ArgumentOutOfRangeException(nameof(articlesPerCommit), articlesPerCommit, "Commit after at least one article.");

    public IndexingSummary Run(IEnumerable<string> paths, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var listing = reader.ListFiles(paths);
        var run = new IndexingRun(listing, progress);
        try
        {
            // Quote extraction is the costly step and independent per article, so it runs on every core while
            // reading stays sequential and the index is written in file order by this thread.
            var prepared = Read(listing.Files)
                .AsParallel()
                .AsOrdered()
                .WithCancellation(cancellationToken)
                .Select(Prepare);
            foreach (var item in prepared)
            {
                // Checked here too: items prepared before the cancellation must not be written after it.
                cancellationToken.ThrowIfCancellationRequested();
                switch (item.Outcome)
                {
                    case null:
                        run.FinishFile(item.File);
                        continue;
                    case IngestionProblem problem:
                        run.Problems.Add(problem);
                        break;
                    case ArticleRead read:
                        run.Count(item.Quotes is null ? UpsertOutcome.Unchanged : index.Upsert(read.Article, item.Quotes));
                        break;
                }
                if (run.PendingChanges >= articlesPerCommit)
                {
                    index.Commit();
                    run.PendingChanges = 0;
                }
                run.Report(item.Position);
            }
        }
        finally
        {
            // Also on cancellation: what was read so far is kept rather than thrown away.
            index.Commit();
        }
        return new IndexingSummary(run.Added, run.Updated, run.Unchanged, run.Problems, listing.SkippedFiles);
    }

    /// <summary>Every outcome of every file in order, each file closed by an item without an outcome.</summary>
    private IEnumerable<WorkItem> Read(IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            var position = new FilePosition();
            foreach (var outcome in reader.ReadFile(file, position))
            {
                yield return new WorkItem(file, outcome, position.Bytes, null);
            }
            yield return new WorkItem(file, null, position.Bytes, null);
        }
    }

    /// <summary>Extracts the statements of an article the index does not already hold as it is.</summary>
    private WorkItem Prepare(WorkItem item) =>
        item.Outcome is ArticleRead read && !index.Holds(read.Article) ? item with { Quotes = quotes.Extract(read.Article) } : item;

    /// <summary>One outcome of a file, how far into the file it was read, and, for a new or changed article, its statements.</summary>
    private sealed record WorkItem(string File, IngestionOutcome? Outcome, long Position, IReadOnlyList<Quote>? Quotes);

    /// <summary>Hears how far the reader has got; synchronous, unlike System.Progress, so it is current when read.</summary>
    private sealed class FilePosition : IProgress<long>
    {
        public long Bytes { get; private set; }

        public void Report(long value) => Bytes = value;
    }
}
