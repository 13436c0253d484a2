using NewsBot.Ingestion;
using NewsBot.Quotes;

namespace NewsBot.Benchmarks.Queries;

/// <summary>Reads the corpus as the app does and derives the query set from it, with the app's quote extractor.</summary>
internal static class QuerySetLoader
{
    public static IReadOnlyList<BenchmarkQuery> Load(string corpusFile)
    {
        var articles = new ArticleFileReader(new IngestionOptions()).ReadFile(corpusFile)
            .OfType<ArticleRead>().Select(read => read.Article).ToList();
        var extractor = new QuoteExtractor();
        return QuerySetBuilder.Build(articles, extractor.Extract);
    }
}
