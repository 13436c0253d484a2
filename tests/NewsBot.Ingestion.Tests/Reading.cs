using NewsBot.Articles;

namespace NewsBot.Ingestion.Tests;

/// <summary>Reads files the way the app does and sorts what came out.</summary>
internal static class Reading
{
    public static IReadOnlyList<IngestionOutcome> Read(string path, IngestionOptions? options = null) =>
        new ArticleFileReader(options ?? new IngestionOptions()).ReadFile(path).ToList();

    public static Article SingleArticle(string path)
    {
        var outcome = Assert.Single(Read(path));
        return Assert.IsType<ArticleRead>(outcome).Article;
    }

    public static string SingleProblem(string path, IngestionOptions? options = null)
    {
        var outcome = Assert.Single(Read(path, options));
        return Assert.IsType<IngestionProblem>(outcome).ToString();
    }

    public static IReadOnlyList<Article> Articles(this IEnumerable<IngestionOutcome> outcomes) =>
        outcomes.OfType<ArticleRead>().Select(read => read.Article).ToList();

    public static IReadOnlyList<string> Problems(this IEnumerable<IngestionOutcome> outcomes) =>
        outcomes.OfType<IngestionProblem>().Select(problem => problem.ToString()).ToList();

    public static string Fixture(string name) => Path.Join(AppContext.BaseDirectory, "Fixtures", name);
}
