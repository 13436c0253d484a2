using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsBot.Ingestion.Html;

/// <summary>What a news page says about itself in its head and markup.</summary>
internal sealed record HtmlMetadata(string? Title, DateOnly? Date, string? Url, string? Source)
{
    public static HtmlMetadata Read(IHtmlDocument document) => new(
        FindTitle(document),
        DateCandidates(document).Select(NewsDate.TryParse).FirstOrDefault(date => date is not null),
        FirstNonEmpty(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"), Meta(document, "og:url")),
        Meta(document, "og:site_name"));

    private static string? FindTitle(IHtmlDocument document) => FirstNonEmpty(
        Meta(document, "og:title"),
        Meta(document, "twitter:title"),
        document.Title,
        document.QuerySelector("h1")?.TextContent);

    /// <summary>The places pages put their publication date, most specific first.</summary>
    private static IEnumerable<string?> DateCandidates(IHtmlDocument document)
    {
        yield return Meta(document, "article:published_time");
        yield return Meta(document, "og:published_time");
        foreach (var name in (string[])["date", "pubdate", "dc.date", "dc.date.issued"])
        {
            yield return Meta(document, name);
        }
        foreach (var element in document.QuerySelectorAll("[itemprop=datePublished]"))
        {
            yield return element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent;
        }
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            yield return JsonLdDatePublished(script.TextContent);
        }
        yield return document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
    }

    /// <summary>The content of the meta tag whose property, name or itemprop is <paramref name="key"/> (any case).</summary>
    private static string? Meta(IHtmlDocument document, string key) => document.QuerySelectorAll("meta")
        .Where(meta => Matches(meta, "property", key) || Matches(meta, "name", key) || Matches(meta, "itemprop", key))
        .Select(meta => meta.GetAttribute("content"))
        .FirstOrDefault(content => !string.IsNullOrWhiteSpace(content));

    private static bool Matches(IElement element, string attribute, string key) =>
        string.Equals(element.GetAttribute(attribute)?.Trim(), key, StringComparison.OrdinalIgnoreCase);

    private static string? JsonLdDatePublished(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return FindString(document.RootElement, "datePublished");
        }
        catch (JsonException)
        {
            return null; // Broken structured data is common; the other date sources still count.
        }
    }

    private static string? FindString(JsonElement element, string name)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return property.Value.GetString();
                    }
                }
                return element.EnumerateObject().Select(property => FindString(property.Value, name)).FirstOrDefault(found => found is not null);
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(item => FindString(item, name)).FirstOrDefault(found => found is not null);
            default:
                return null;
        }
    }

    private static string? FirstNonEmpty(params string?[] values) =>
        values.Select(value => value?.Trim()).FirstOrDefault(value => !string.IsNullOrEmpty(value));
}
