using NewsBot.Index;
using NewsBot.Ingestion;
using NewsBot.Quotes;

namespace NewsBot.Indexing;

/// <summary>
/// Reads files and folders into the index, each article with the statements extracted from it. Bad input never
/// stops a run: each problem is recorded and the rest is indexed. Changes are committed in batches and at the end, so an interrupted run keeps every
/// batch committed before it and a re-run completes it without duplicates (upserts are idempotent).
/// </summary>
public sealed class ArchiveIndexer(NewsIndex index, ArticleFileReader reader, QuoteExtractor quotes)
{
    /// <summary>Commit after this many changed articles: bounds what a crash can lose without paying an fsync per file.</summary>
    public const int ArticlesPerCommit = 5000;

    public IndexingSummary Run(IEnumerable<string> paths, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var listing = reader.ListFiles(paths);
        var run = new RunState(listing, progress);
        try
        {
            foreach (var file in listing.Files)
            {
                foreach (var outcome in reader.ReadFile(file, run.ProgressInFile()))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (outcome is ArticleRead read)
                    {
                        // Extraction is the costly step, so an article the index already holds is not extracted again.
                        run.Count(index.Holds(read.Article)
                            ? UpsertOutcome.Unchanged
                            : index.Upsert(read.Article, quotes.Extract(read.Article)));
                        if (run.PendingChanges >= ArticlesPerCommit)
                        {
                            index.Commit();
                            run.PendingChanges = 0;
                        }
                    }
                    else
                    {
                        run.Problems.Add((IngestionProblem)outcome);
                    }
                    run.Report();
                }
                run.FinishFile(file);
            }
        }
        finally
        {
            // Also on cancellation: what was read so far is kept rather than thrown away.
            index.Commit();
        }
        return new IndexingSummary(run.Added, run.Updated, run.Unchanged, run.Problems, listing.SkippedFiles);
    }

    /// <summary>The counters of one run and the progress they add up to.</summary>
    private sealed class RunState(SourceListing listing, IProgress<IndexingProgress>? progress)
    {
        private readonly long _bytesTotal = listing.Files.Sum(SizeOf);
        private long _bytesInFinishedFiles;
        private long _bytesInCurrentFile;
        private int _filesDone;

        public List<IngestionProblem> Problems { get; } = [.. listing.Problems];
        public int Added { get; private set; }
        public int Updated { get; private set; }
        public int Unchanged { get; private set; }
        public int PendingChanges { get; set; }
        public IProgress<long> ProgressInFile() => new Progress(bytes => _bytesInCurrentFile = bytes);

        public void Count(UpsertOutcome outcome)
        {
            switch (outcome)
            {
                case UpsertOutcome.Added: Added++; PendingChanges++; break;
                case UpsertOutcome.Updated: Updated++; PendingChanges++; break;
                default: Unchanged++; break;
            }
        }

        public void FinishFile(string file)
        {
            _filesDone++;
            _bytesInFinishedFiles += SizeOf(file);
            _bytesInCurrentFile = 0;
            Report();
        }

        public void Report() => progress?.Report(new IndexingProgress(
            _filesDone, listing.Files.Count, _bytesInFinishedFiles + _bytesInCurrentFile, _bytesTotal, Added + Updated + Unchanged));

        private static long SizeOf(string file)
        {
            try
            {
                return new FileInfo(file).Length;
            }
            catch (IOException)
            {
                return 0; // the reader reports the file; progress only needs an estimate
            }
        }

        /// <summary>Synchronous, unlike System.Progress, so positions arrive in order on the indexing thread.</summary>
        private sealed class Progress(Action<long> report) : IProgress<long>
        {
            public void Report(long value) => report(value);
        }
    }
}
