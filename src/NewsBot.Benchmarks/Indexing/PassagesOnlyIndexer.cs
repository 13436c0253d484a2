using NewsBot.Index;

namespace NewsBot.Benchmarks.Indexing;

/// <summary>
/// Indexing without quote extraction: the app's reader and NewsIndex.Upsert(article) on one thread (the index's
/// default writer threads invert behind it), committing every 50,000 articles as the app's ArchiveIndexer does by
/// default. The difference to the app's `index` is what extracting and storing statements costs.
/// </summary>
internal static class PassagesOnlyIndexer
{
    public static IndexedCounts Run(string indexDirectory, IEnumerable<string> files)
    {
        using var index = NewsIndex.Open(indexDirectory);
        return ArticleFeed.Run(files, article => index.Upsert(article), index.Commit);
    }
}
