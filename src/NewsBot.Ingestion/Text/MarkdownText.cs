using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsBot.Ingestion.Text;

/// <summary>
/// Markdown to the text a reader sees: emphasis, link syntax, bullets and heading marks are dropped, each block
/// becomes a paragraph, and the first level-1 heading is the title (unless the title is given elsewhere, when
/// the heading stays a paragraph).
/// </summary>
internal static class MarkdownText
{
    public static (string? Title, string Body) ToPlainText(string markdown, bool headingIsTitle)
    {
        var document = Markdown.Parse(markdown);
        string? title = null;
        var body = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } heading when headingIsTitle && title is null:
                    title = InlineText(heading.Inline);
                    break;
                case CodeBlock code:
                    AppendParagraph(body, string.Join(' ', code.Lines.Lines.Take(code.Lines.Count).Select(line => line.ToString())));
                    break;
                case HtmlBlock or ThematicBreakBlock or LinkReferenceDefinition:
                    break;
                default:
                    AppendParagraph(body, InlineText(block.Inline));
                    break;
            }
        }
        return (title, body.ToString());
    }

    private static void AppendParagraph(StringBuilder body, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        body.Append(text).Append("\n\n");
    }

    private static string InlineText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        AppendInline(text, inline);
        return text.ToString();
    }

    private static void AppendInline(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case null or HtmlInline or LinkInline { IsImage: true }:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                return;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                return;
            case LineBreakInline:
                text.Append(' ');
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendInline(text, child);
                }
                return;
        }
    }
}
