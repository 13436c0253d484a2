using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using NewsBot.Bot.Ports;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// An answer for Web Chat, the Emulator and Direct Line: the Markdown answer with its [n] markers, then the
/// numbered sources the markers point at (title linked to the article, date, paragraph).
/// </summary>
internal static class MarkdownAnswer
{
    public static Activity Render(BotAnswer answer)
    {
        var text = new StringBuilder(answer.Text.Trim());
        if (answer.Citations.Count > 0)
        {
            text.Append("\n\n**Sources**\n");
            foreach (var citation in answer.Citations.OrderBy(c => c.N))
            {
                text.Append('\n').Append(SourceLine(citation));
            }
        }
        var activity = Activity.CreateMessageActivity();
        activity.Text = text.ToString();
        activity.TextFormat = TextFormatTypes.Markdown;
        return (Activity)activity;
    }

    /// <summary>"1. [Title](url), 2007-05-01, ¶3": numbered by the marker, not by position, so [3] finds 3.</summary>
    public static string SourceLine(BotCitation citation)
    {
        var title = Escape(citation.Title);
        var linked = string.IsNullOrWhiteSpace(citation.Url) ? title : $"[{title}]({LinkTarget(citation.Url)})";
        var date = citation.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        return string.Create(CultureInfo.InvariantCulture, $"{citation.N}. {linked}, {date}, ¶{citation.Paragraph}");
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '[' or ']' or '*' or '_' or '`' or '<' or '>' or '#')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    // A space or parenthesis would end a Markdown link early.
    private static string LinkTarget(string url) =>
        url.Replace(" ", "%20", StringComparison.Ordinal)
            .Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal);
}
