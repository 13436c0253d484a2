using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using NewsBot.Articles;
using NewsBot.Ingestion.Html;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Reads RSS 2.0 (and 1.0) and Atom feeds, one article per item or entry, each with the line it starts on.
/// LINQ to XML rather than SyndicationFeed: SyndicationFeed.Load throws on the first item whose date it cannot
/// parse, losing the whole feed, while here each item is judged on its own and dates are read as written.
/// </summary>
internal static partial class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlReaderSettings Settings = new()
    {
        // Old RSS 0.91 feeds carry a DOCTYPE; it is skipped, and nothing outside the file is ever fetched.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
    };

    public static IReadOnlyList<IngestionOutcome> Read(string path, byte[] bytes)
    {
        XDocument document;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException error)
        {
            var reason = LineInfoSuffix().Replace(error.Message, "").TrimEnd('.');
            return [new IngestionProblem(path, error.LineNumber > 0 ? error.LineNumber : null, $"not well-formed XML ({reason}); fix the feed or download it again")];
        }

        var root = document.Root!;
        var items = root.Name == Atom + "feed" ? AtomEntries(root)
            : root.Name.LocalName is "rss" or "RDF" ? RssItems(root)
            : null;
        if (items is null)
        {
            return [new IngestionProblem(path, null, $"an XML file but not an RSS or Atom feed (its root element is <{root.Name.LocalName}>); NewsBot reads {SupportedFormats.Summary}")];
        }
        var outcomes = items.Select(item => Read(path, item)).ToArray();
        return outcomes.Length > 0 ? outcomes : [new IngestionProblem(path, null, "the feed has no items; there is no article to read")];
    }

    private static IngestionOutcome Read(string path, FeedItem item)
    {
        var date = NewsDate.TryParse(item.Date);
        if (item.Date is not null && date is null)
        {
            return new IngestionProblem(path, item.Line, Problems.BadDate(item.Date));
        }
        var raw = new RawArticle(item.Body ?? "")
        {
            Id = item.Id ?? item.Link,
            Title = item.Title,
            Date = date,
            Url = item.Link,
            Source = item.FeedTitle,
        };
        return ArticleOutcomes.From(raw, path, item.Line, "the feed item has no text (no content, description or summary); NewsBot needs the article's body");
    }

    private static IEnumerable<FeedItem> RssItems(XElement root)
    {
        // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it. Both use the channel's namespace.
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var ns = channel?.Name.Namespace ?? XNamespace.None;
        var feedTitle = Value(channel?.Element(ns + "title"));
        foreach (var item in root.Descendants(ns + "item"))
        {
            var body = Value(item.Element(Content + "encoded")) ?? Value(item.Element(ns + "description"));
            yield return new FeedItem(
                Line(item),
                Value(item.Element(ns + "guid")),
                Value(item.Element(ns + "title")),
                Value(item.Element(ns + "pubDate")) ?? Value(item.Element(DublinCore + "date")),
                Value(item.Element(ns + "link")),
                feedTitle,
                body is null ? null : ToBody(body, HtmlText.LooksLikeHtml(body)));
        }
    }

    private static IEnumerable<FeedItem> AtomEntries(XElement feed)
    {
        var feedTitle = TextConstruct(feed.Element(Atom + "title"));
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var link = entry.Elements(Atom + "link")
                .Where(l => (string?)l.Attribute("rel") is null or "alternate")
                .Select(l => (string?)l.Attribute("href"))
                .FirstOrDefault(href => !string.IsNullOrWhiteSpace(href));
            yield return new FeedItem(
                Line(entry),
                Value(entry.Element(Atom + "id")),
                TextConstruct(entry.Element(Atom + "title")),
                Value(entry.Element(Atom + "published")) ?? Value(entry.Element(Atom + "updated")),
                link,
                feedTitle,
                TextConstruct(entry.Element(Atom + "content"), paragraphs: true) ?? TextConstruct(entry.Element(Atom + "summary"), paragraphs: true));
        }
    }

    /// <summary>Atom text: type="text" is plain, "html" is escaped HTML, "xhtml" is markup inside a div.</summary>
    private static string? TextConstruct(XElement? element, bool paragraphs = false)
    {
        if (element is null || element.Attribute("src") is not null)
        {
            return null;
        }
        var type = (string?)element.Attribute("type") ?? "text";
        var body = type switch
        {
            "xhtml" => ToBody(string.Concat(element.Nodes().Select(node => node.ToString(SaveOptions.DisableFormatting))), html: true),
            "html" or "text/html" => ToBody(element.Value, html: true),
            _ => element.Value,
        };
        // A title is one line; a body keeps its paragraph breaks.
        return string.IsNullOrWhiteSpace(body) ? null : paragraphs ? body : TextNormalizer.NormalizeInline(body);
    }

    private static string ToBody(string text, bool html) => html ? HtmlText.ToParagraphs(text) : text;

    private static string? Value(XElement? element) => string.IsNullOrWhiteSpace(element?.Value) ? null : element.Value.Trim();

    private static int? Line(XElement element) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex LineInfoSuffix();

    private sealed record FeedItem(int? Line, string? Id, string? Title, string? Date, string? Link, string? FeedTitle, string? Body);
}
