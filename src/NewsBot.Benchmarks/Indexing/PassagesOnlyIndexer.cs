using NewsBot.Index;
using NewsBot.Ingestion;

namespace NewsBot.Benchmarks.Indexing;

/// <summary>
/// Indexing without quote extraction: the app's reader and NewsIndex.Upsert(article) on one thread (the index's
/// default writer threads invert behind it), committing every 50,000 articles as the app's ArchiveIndexer does by
/// default. The difference to the app's `index` is what extracting and storing statements costs.
/// </summary>
internal static class PassagesOnlyIndexer
{
    /// <summary>ArchiveIndexer.DefaultArticlesPerCommit; the benchmark does not reference the app's assembly.</summary>
    private const int ArticlesPerCommit = 50_000;

    public static IndexedCounts Run(string indexDirectory, IEnumerable<string> files)
    {
        var reader = new ArticleFileReader(new IngestionOptions());
        using var index = NewsIndex.Open(indexDirectory);
        long articles = 0, passages = 0, rejected = 0, pending = 0;
        foreach (var file in files)
        {
            foreach (var outcome in reader.ReadFile(file))
            {
                if (outcome is not ArticleRead read)
                {
                    rejected++;
                    continue;
                }
                index.Upsert(read.Article);
                articles++;
                if (articles % 10_000 == 0)
                {
                    Console.Error.WriteLine($"progress: {articles:N0} articles");
                }
                passages += read.Article.Paragraphs.Count;
                if (++pending >= ArticlesPerCommit)
                {
                    index.Commit();
                    pending = 0;
                }
            }
        }
        index.Commit();
        return new IndexedCounts(articles, passages, rejected);
    }
}
