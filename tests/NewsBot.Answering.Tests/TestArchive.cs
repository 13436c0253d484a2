using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Articles;
using NewsBot.Index;
using NewsBot.Ingestion;

namespace NewsBot.Answering.Tests;

/// <summary>
/// A real index on disk holding the seed article (read by the real ArticleFileReader) and a few invented articles,
/// with the answering services registered the way the app registers them.
/// </summary>
public sealed class TestArchive : IDisposable
{
    public static readonly DateOnly SeedDate = new(2021, 4, 14);

    private readonly TempFolder folder = new();
    private readonly List<ServiceProvider> providers = [];

    public TestArchive()
        : this([ReadSeed(), .. InventedArticles()])
    {
    }

    /// <summary>
    /// An archive of just these articles (the first one is <see cref="Seed"/>); internal, because a class fixture
    /// may have only one public constructor.
    /// </summary>
    internal TestArchive(IReadOnlyList<Article> articles)
    {
        Index = NewsIndex.Open(folder.Path);
        Seed = articles[0];
        foreach (var article in articles)
        {
            Index.Upsert(article);
        }
        Index.Commit();
    }

    public NewsIndex Index { get; }

    public Article Seed { get; }

    /// <summary>The services with the given settings (none: no model, the extractive answer function).</summary>
    public IServiceProvider Services(IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Index);
        services.AddNewsBotAnswering(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        providers.Add(provider);
        return provider;
    }

    public static Article ReadSeed()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seeds", "000_e93ca10c9867e19c.txt");
        var outcome = new ArticleFileReader(new IngestionOptions()).ReadFile(path).Single();
        return Assert.IsType<ArticleRead>(outcome).Article;
    }

    public static IEnumerable<Article> InventedArticles()
    {
        yield return Invented("invented-budget", "City council approves budget", new DateOnly(2021, 3, 10),
            "The city council approved a budget of 40 million euros for new bicycle lanes on Tuesday.\n\n" +
            "\"This is the biggest investment in cycling the city has ever made,\" Mayor Anna Lindqvist said.\n\n" +
            "Opposition leader Karl Brandt called the plan reckless. \"The money would be better spent on schools,\" he added.");
        yield return Invented("invented-harbour", "Storm closes the harbour", new DateOnly(2021, 4, 2),
            "A storm closed the harbour for two days, stranding 300 passengers.\n\n" +
            "Harbour master Jonas Berg said the ferries would sail again on Sunday.");
    }

    public static Article Invented(string id, string title, DateOnly date, string body) =>
        ArticleBuilder.Build(new RawArticle(body) { Id = id, Title = title, Date = date, Url = $"https://news.example/{id}", Source = "Example News" })!;

    public void Dispose()
    {
        foreach (var provider in providers)
        {
            provider.Dispose();
        }
        Index.Dispose();
        folder.Dispose();
    }
}
