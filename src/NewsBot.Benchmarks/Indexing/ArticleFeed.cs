using NewsBot.Articles;
using NewsBot.Ingestion;

namespace NewsBot.Benchmarks.Indexing;

/// <summary>
/// The loop every indexing child shares, so that NewsBot's passages and both peers see the same input: the app's
/// reader over the files, each article handed to the engine, a commit after every <c>articlesPerCommit</c> articles
/// and at the end, progress on standard error every 10,000 articles (the benchmark passes some of it on).
/// </summary>
internal static class ArticleFeed
{
    /// <summary>ArchiveIndexer.DefaultArticlesPerCommit; the benchmark does not reference the app's assembly.</summary>
    public const int ArticlesPerCommit = 50_000;

    private const int ProgressEvery = 10_000;

    public static IndexedCounts Run(IEnumerable<string> files, Action<Article> add, Action commit, int articlesPerCommit = ArticlesPerCommit)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(commit);
        var reader = new ArticleFileReader(new IngestionOptions());
        long articles = 0, passages = 0, rejected = 0;
        foreach (var file in files)
        {
            foreach (var outcome in reader.ReadFile(file))
            {
                if (outcome is not ArticleRead read)
                {
                    rejected++;
                    continue;
                }
                add(read.Article);
                passages += read.Article.Paragraphs.Count;
                if (++articles % ProgressEvery == 0)
                {
                    Console.Error.WriteLine($"progress: {articles:N0} articles");
                }
                if (articles % articlesPerCommit == 0)
                {
                    commit();
                }
            }
        }
        commit();
        return new IndexedCounts(articles, passages, rejected);
    }
}
