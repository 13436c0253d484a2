using System.Collections.Frozen;

namespace NewsBot.Ingestion.Json;

/// <summary>The article fields NewsBot looks for in JSON records.</summary>
internal enum JsonArticleField
{
    Id,
    Title,
    Date,
    Url,
    Source,
    Text,
}

/// <summary>
/// The names news exports use for each field, matched case-insensitively. When a record has several names for
/// one field, the one listed first wins (the canonical name before any alias).
/// </summary>
internal static class JsonArticleFields
{
    private static readonly (JsonArticleField Field, string[] Names)[] Names =
    [
        (JsonArticleField.Id, ["id", "article_id", "articleId", "guid", "_id", "uuid"]),
        (JsonArticleField.Title, ["title", "headline"]),
        (JsonArticleField.Date, ["date", "published", "published_at", "publishedAt", "pubDate", "datePublished", "publication_date", "date_published"]),
        (JsonArticleField.Url, ["url", "link", "permalink", "href"]),
        (JsonArticleField.Source, ["source", "publisher", "site", "site_name", "outlet"]),
        (JsonArticleField.Text, ["text", "body", "content", "article_text", "articleBody", "paragraphs"]),
    ];

    private static readonly FrozenDictionary<string, (JsonArticleField Field, int Rank)> ByName = Names
        .SelectMany(entry => entry.Names.Select((name, rank) => (name, entry.Field, rank)))
        .ToFrozenDictionary(entry => entry.name, entry => (entry.Field, entry.rank), StringComparer.OrdinalIgnoreCase);

    public static bool TryFind(string propertyName, out JsonArticleField field, out int rank)
    {
        if (ByName.TryGetValue(propertyName, out var match))
        {
            (field, rank) = match;
            return true;
        }
        (field, rank) = (default, 0);
        return false;
    }
}
