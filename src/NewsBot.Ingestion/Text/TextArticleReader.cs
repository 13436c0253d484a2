using NewsBot.Articles;
using NewsBot.Ingestion.Loading;

namespace NewsBot.Ingestion.Text;

/// <summary>
/// Reads one article from a text file: the seed layout (" date YYYY-MM-DD" then the lede on the first line),
/// plain text or Markdown, each with paragraphs separated by blank lines.
/// </summary>
internal static class TextArticleReader
{
    public static IngestionOutcome Read(string path, string text, ArticleFormat format) => format switch
    {
        ArticleFormat.SeedText => ReadSeed(path, text),
        ArticleFormat.Markdown => ReadWithFrontMatter(path, text, markdown: true),
        _ => ReadWithFrontMatter(path, text, markdown: false),
    };

    private static IngestionOutcome ReadSeed(string path, string text)
    {
        var firstLine = FormatDetector.SeedDateLine().Match(text.TrimStart('\uFEFF'));
        var date = NewsDate.TryParse(firstLine.Groups["date"].Value);
        if (date is null)
        {
            return new IngestionProblem(path, 1, Problems.BadDate(firstLine.Groups["date"].Value));
        }
        // The lede shares the date's line; the rest of the file follows it as written.
        var afterFirstLine = text.IndexOf('\n', StringComparison.Ordinal);
        var body = firstLine.Groups["lede"].Value + (afterFirstLine < 0 ? "" : text[afterFirstLine..]);
        return ArticleOutcomes.From(new RawArticle(body) { Date = date }, path, null);
    }

    private static IngestionOutcome ReadWithFrontMatter(string path, string text, bool markdown)
    {
        var front = FrontMatter.Split(text);
        var date = NewsDate.TryParse(front.Date);
        if (front.Date is not null && date is null)
        {
            return new IngestionProblem(path, front.DateLine, Problems.BadDate(front.Date));
        }
        var title = front.Title;
        var body = front.Body;
        if (markdown)
        {
            var plain = MarkdownText.ToPlainText(body, headingIsTitle: title is null);
            title ??= plain.Title;
            body = plain.Body;
        }
        var raw = new RawArticle(body) { Id = front.Id, Title = title, Date = date, Url = front.Url, Source = front.Source };
        return ArticleOutcomes.From(raw, path, null);
    }
}
