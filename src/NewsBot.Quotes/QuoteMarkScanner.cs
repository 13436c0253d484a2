using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>
/// Pairs quotation marks, straight and curly. A quote left open at the end of a paragraph continues when the next
/// paragraph opens with a quotation mark (the newspaper convention for long quotes); otherwise it is dropped.
/// Single quotes are not paired: their closing mark is also the apostrophe.
/// </summary>
internal static class QuoteMarkScanner
{
    public static List<QuotedPassage> Scan(Article article)
    {
        var passages = new List<QuotedPassage>();
        int? open = null;
        var openParagraph = 0;
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            var first = paragraph.Span.Start;
            if (open is not null)
            {
                first++; // the re-opening mark of a continued quote
            }
            for (var i = first; i < paragraph.Span.End; i++)
            {
                var c = article.Text[i];
                if (open is null && c is '"' or '“')
                {
                    open = i;
                    openParagraph = paragraph.Number;
                }
                else if (open is not null && c is '“')
                {
                    open = i; // an unclosed quote before: trust the newer opening mark
                    openParagraph = paragraph.Number;
                }
                else if (open is not null && c is '"' or '”')
                {
                    Add(article, passages, open.Value, i, openParagraph);
                    open = null;
                }
            }
            var continues = open is not null && p + 1 < article.Paragraphs.Count
                && article.Paragraphs[p + 1].Text.Length > 0 && article.Paragraphs[p + 1].Text[0] is '"' or '“';
            if (!continues)
            {
                open = null;
            }
        }
        return passages;
    }

    private static void Add(Article article, List<QuotedPassage> passages, int open, int close, int paragraph)
    {
        var start = open + 1;
        var end = close;
        while (start < end && (char.IsWhiteSpace(article.Text[start]) || article.Text[start] == ','))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(article.Text[end - 1]) || article.Text[end - 1] == ','))
        {
            end--;
        }
        if (end <= start)
        {
            return;
        }
        var text = article.Text[start..end];
        if (text.Contains(Article.ParagraphSeparator, StringComparison.Ordinal))
        {
            text = string.Join(' ', text.Split(Article.ParagraphSeparator)
                .Select(part => part.TrimStart('"', '“').Trim())
                .Where(part => part.Length > 0));
        }
        passages.Add(new QuotedPassage(open, close, new TextSpan(start, end), text, paragraph));
    }
}
