using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Articles;

namespace NewsBot.Ingestion.Html;

/// <summary>
/// The paragraphs a reader sees in a piece of HTML: every block element (p, h2–h6, li, blockquote, …) is a
/// paragraph of its own, inline markup is dropped, and white space inside the source is folded the way a browser
/// folds it, so only the page's structure (never its source line breaks) decides where paragraphs end.
/// </summary>
internal static partial class HtmlText
{
    private static readonly FrozenSet<string> Blocks = new[]
    {
        "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DIV", "SECTION", "ARTICLE", "MAIN",
        "UL", "OL", "DL", "DT", "DD", "TABLE", "TR", "TD", "TH", "FIGCAPTION", "ADDRESS", "HR",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Page furniture and things a reader never sees as text.
    private static readonly FrozenSet<string> Hidden = new[]
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "NAV", "FORM", "BUTTON", "SELECT",
        "TEXTAREA", "HEAD",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a string from JSON or a feed carries HTML markup rather than plain text.</summary>
    public static bool LooksLikeHtml(string text) => Markup().IsMatch(text);

    /// <summary>The body (paragraphs separated by blank lines) of an HTML fragment.</summary>
    public static string ToParagraphs(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.Body is null ? "" : string.Join(Article.ParagraphSeparator, Paragraphs(document.Body));
    }

    /// <summary>The normalised paragraphs inside <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Paragraphs(INode root)
    {
        var text = new StringBuilder();
        Append(root, text);
        return TextNormalizer.SplitParagraphs(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText textNode:
                text.Append(Whitespace().Replace(textNode.Data, " "));
                return;
            case IElement element when Hidden.Contains(element.LocalName) || element.HasAttribute("hidden"):
                return;
            case IElement { LocalName: "br" }:
                text.Append('\n');
                return;
            case IElement element when Blocks.Contains(element.LocalName):
                text.Append("\n\n");
                AppendChildren(element, text);
                text.Append("\n\n");
                return;
            default:
                AppendChildren(node, text);
                return;
        }
    }

    private static void AppendChildren(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            Append(child, text);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<(?:p|br|div|h[1-6]|li|ul|ol|blockquote|span|a|em|strong|b|i|img|figure|table)(?:\s[^>]*)?/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
