using NewsBot.Index;
using NewsBot.Ingestion;

namespace NewsBot.Indexing;

/// <summary>
/// Reads files and folders into the index. Bad input never stops a run: each problem is recorded and the
/// rest is indexed. Changes are committed in batches and at the end, so an interrupted run keeps every
/// batch committed before it and a re-run completes it without duplicates (upserts are idempotent).
/// </summary>
public sealed class ArchiveIndexer(NewsIndex index, ArticleFileReader reader)
{
    /// <summary>Commit after this many changed articles: bounds what a crash can lose without paying an fsync per file.</summary>
    public const int ArticlesPerCommit = 5000;

    public IndexingSummary Run(IEnumerable<string> paths, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var listing = reader.ListFiles(paths);
        var problems = new List<IngestionProblem>(listing.Problems);
        int added = 0, updated = 0, unchanged = 0, pending = 0, articles = 0;
        try
        {
            for (var i = 0; i < listing.Files.Count; i++)
            {
                var file = listing.Files[i];
                foreach (var outcome in reader.ReadFile(file))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (outcome is IngestionProblem problem)
                    {
                        problems.Add(problem);
                        continue;
                    }
                    articles++;
                    switch (index.Upsert(((ArticleRead)outcome).Article))
                    {
                        case UpsertOutcome.Added: added++; pending++; break;
                        case UpsertOutcome.Updated: updated++; pending++; break;
                        default: unchanged++; break;
                    }
                    if (pending >= ArticlesPerCommit)
                    {
                        index.Commit();
                        pending = 0;
                    }
                }
                progress?.Report(new IndexingProgress(i + 1, listing.Files.Count, articles, file));
            }
        }
        finally
        {
            // Also on cancellation: what was read so far is kept rather than thrown away.
            index.Commit();
        }
        return new IndexingSummary(added, updated, unchanged, problems, listing.SkippedFiles);
    }
}
