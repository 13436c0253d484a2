using NewsBot.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// PolNeAR's quote spans hold the quotation marks (<c>“We are ready,”</c>); ours hold the words between them, as the
/// shared model defines <see cref="Quote.Span"/>. Before comparing, a direct quote's span is widened to the marks
/// around it, so that both sides measure the same thing: for a two-word quote the marks are a third of the span.
/// </summary>
internal static class QuotationMarks
{
    private static readonly string[] Opening = ["``", "''", "“", "\"", "‘"];
    private static readonly string[] Closing = ["''", "”", "\"", "’", "“"];

    public static TextSpan Widen(string text, TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }
        var open = Opening.FirstOrDefault(m => start >= m.Length && string.CompareOrdinal(text, start - m.Length, m, 0, m.Length) == 0);
        var end = span.End;
        // Our span leaves out the comma before the closing mark ("ready,”"); the gold keeps it inside.
        while (end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] == ','))
        {
            end++;
        }
        var close = Closing.FirstOrDefault(m => end + m.Length <= text.Length && string.CompareOrdinal(text, end, m, 0, m.Length) == 0);
        return new TextSpan(open is null ? span.Start : start - open.Length, close is null ? span.End : end + close.Length);
    }
}
