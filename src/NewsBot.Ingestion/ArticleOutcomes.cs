using System.Globalization;
using NewsBot.Articles;

namespace NewsBot.Ingestion;

/// <summary>Turns what a format reader found into the outcome the caller sees.</summary>
internal static class ArticleOutcomes
{
    public static IngestionOutcome From(RawArticle raw, string path, int? line, string missingTextMessage = Problems.NoArticleText)
    {
        var article = ArticleBuilder.Build(raw);
        return article is null
            ? new IngestionProblem(path, line, missingTextMessage)
            : new ArticleRead(article, Origin(path, line));
    }

    public static string Origin(string path, int? line) =>
        line is { } number ? string.Create(CultureInfo.InvariantCulture, $"{path}:{number}") : path;
}
