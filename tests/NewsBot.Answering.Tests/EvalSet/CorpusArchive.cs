using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Index;
using NewsBot.Ingestion;
using NewsBot.Quotes;

namespace NewsBot.Answering.Tests.EvalSet;

/// <summary>
/// A real index of the whole Wikinews corpus plus the seed article, built once for the evaluation as the service
/// builds it: every article with its extracted statements, and those statements as the answering layer's quote source.
/// </summary>
public sealed class CorpusArchive : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ServiceProvider services;

    public CorpusArchive()
    {
        Index = NewsIndex.Open(folder.Path);
        SeedId = TestArchive.ReadSeed().Id;
        var extractor = new QuoteExtractor();
        var articles = new ArticleFileReader(new IngestionOptions()).ReadFile(CorpusPath()).OfType<ArticleRead>()
            .Select(read => read.Article)
            .Prepend(TestArchive.ReadSeed());
        foreach (var (article, quotes) in articles.AsParallel().AsOrdered().Select(a => (a, extractor.Extract(a))))
        {
            Index.Upsert(article, quotes);
        }
        Index.Commit();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddNewsBotAnswering(Index, new ConfigurationBuilder().Build());
        services = collection.BuildServiceProvider();
    }

    public NewsIndex Index { get; }

    public string SeedId { get; }

    public IServiceProvider Services => services;

    /// <summary>The corpus beside the repository (../shared/corpus), found from the test's folder upwards.</summary>
    private static string CorpusPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "articles.jsonl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("The Wikinews corpus (shared/corpus/articles.jsonl) was not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        services.Dispose();
        Index.Dispose();
        folder.Dispose();
    }
}
