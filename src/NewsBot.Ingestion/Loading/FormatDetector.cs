using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Loading;

/// <summary>
/// Decides how to read a file: by its extension, and by its first characters when the extension says nothing
/// (no or unknown extension) or too little (.txt is used for seed articles, exported JSON and saved pages alike).
/// </summary>
internal static partial class FormatDetector
{
    public static ArticleFormat Detect(string path, string head)
    {
        if (IsJsonLinesByName(path))
        {
            return ArticleFormat.JsonLines;
        }
        switch (Path.GetExtension(path).ToUpperInvariant())
        {
            case ".MD" or ".MARKDOWN":
                return ArticleFormat.Markdown;
            case ".JSON":
                return ArticleFormat.Json;
            case ".HTML" or ".HTM":
                return ArticleFormat.Html;
            case ".RSS" or ".ATOM" or ".XML":
                return ArticleFormat.Feed;
            default:
                return Sniff(head);
        }
    }

    /// <summary>JSON Lines by extension: known before the file is opened, which decides how its size is limited.</summary>
    public static bool IsJsonLinesByName(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".JSONL" or ".NDJSON";

    private static ArticleFormat Sniff(string head)
    {
        var text = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (SeedDateLine().IsMatch(head.TrimStart('\uFEFF')))
        {
            return ArticleFormat.SeedText;
        }
        if (text.StartsWith('['))
        {
            return ArticleFormat.Json;
        }
        if (text.StartsWith('{'))
        {
            // One object per line is JSON Lines; an object spread over lines is a JSON document.
            var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
            var firstLine = (firstLineEnd < 0 ? text : text[..firstLineEnd]).TrimEnd();
            return firstLine.EndsWith('}') ? ArticleFormat.JsonLines : ArticleFormat.Json;
        }
        if (text.StartsWith('<'))
        {
            if (FeedRoot().IsMatch(text))
            {
                return ArticleFormat.Feed;
            }
            if (HtmlStart().IsMatch(text))
            {
                return ArticleFormat.Html;
            }
        }
        return ArticleFormat.PlainText;
    }

    /// <summary>The seed layout's first line; shared with the seed reader so detection and parsing agree.</summary>
    [GeneratedRegex(@"^[ \t]*date[ \t]+(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?=[ \t\r\n]|$)[ \t]*(?<lede>[^\r\n]*)", RegexOptions.CultureInvariant)]
    public static partial Regex SeedDateLine();

    [GeneratedRegex(@"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex FeedRoot();

    [GeneratedRegex(@"^(?:<!--.*?-->\s*)*<(?:!DOCTYPE\s+html|html|head|body|meta|title|article)[\s>]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();
}
