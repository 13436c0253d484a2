using AngleSharp.Html.Dom;
using NewsBot.Articles;

namespace NewsBot.Ingestion.Html;

/// <summary>
/// Reads a saved news page: SmartReader (a port of Firefox's Readability) finds the story among the page's
/// menus and adverts, and the page's own metadata gives its title, date, address and publisher.
/// </summary>
internal static class HtmlArticleReader
{
    public static IngestionOutcome Read(string path, byte[] bytes)
    {
        var document = HtmlDocuments.Parse(bytes);
        var metadata = HtmlMetadata.Read(document);
        // Readability rewrites the document it is given, so it gets it only once the metadata is read.
        var extracted = Extract(path, document);
        var paragraphs = extracted.Paragraphs.Count > 0
            ? extracted.Paragraphs
            : FallbackParagraphs(HtmlDocuments.Parse(bytes));
        var title = metadata.Title ?? extracted.Title;
        var raw = new RawArticle(string.Join(Article.ParagraphSeparator, WithoutRepeatedTitle(paragraphs, title)))
        {
            Title = title,
            Date = metadata.Date,
            Url = metadata.Url,
            Source = metadata.Source ?? extracted.SiteName,
        };
        return ArticleOutcomes.From(raw, path, null);
    }

    private static (IReadOnlyList<string> Paragraphs, string? Title, string? SiteName) Extract(string path, IHtmlDocument document)
    {
        using var reader = new SmartReader.Reader(new Uri(Path.GetFullPath(path)).AbsoluteUri, document);
        var article = reader.GetArticle();
        var paragraphs = string.IsNullOrWhiteSpace(article.Content)
            ? []
            : HtmlText.Paragraphs(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(article.Content).Body!);
        return (paragraphs, NullIfBlank(article.Title), NullIfBlank(article.SiteName));
    }

    /// <summary>When Readability finds no story (a very short page), the visible text of the body is the story.</summary>
    private static IReadOnlyList<string> FallbackParagraphs(IHtmlDocument document)
    {
        foreach (var furniture in document.QuerySelectorAll("header, footer, aside, nav").ToArray())
        {
            furniture.Remove();
        }
        return document.Body is null ? [] : HtmlText.Paragraphs(document.Body);
    }

    /// <summary>Pages repeat their headline as the story's first heading; it is the title, not a paragraph.</summary>
    private static IEnumerable<string> WithoutRepeatedTitle(IReadOnlyList<string> paragraphs, string? title) =>
        title is not null && paragraphs.Count > 1
            && string.Equals(paragraphs[0], TextNormalizer.NormalizeInline(title), StringComparison.OrdinalIgnoreCase)
            ? paragraphs.Skip(1)
            : paragraphs;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
