using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>
/// Pairs quotation marks, straight and curly. A quote left open at the end of a paragraph continues when the next
/// paragraph opens with a quotation mark (the newspaper convention for long quotes); otherwise it is dropped.
/// Single quotes are paired only as curly ‘ ’ outside double quotes: their closing mark is also the apostrophe.
/// </summary>
internal static class QuoteMarkScanner
{
    private const int MaximumSingleQuotedLength = 250;

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
                first += IsDoubled(article.Text, first) ? 2 : 1; // the re-opening mark of a continued quote
            }
            for (var i = first; i < paragraph.Span.End; i++)
            {
                var mark = MarkAt(article.Text, i, paragraph.Span.End);
                if (mark == Mark.None)
                {
                    continue;
                }
                if (open is null && mark == Mark.Closing)
                {
                    // a closing mark with nothing open: a stray, left alone
                }
                else if (open is null && mark is Mark.Opening or Mark.Either || open is not null && mark == Mark.Opening)
                {
                    // A new opening mark inside an open quote means the earlier one was never closed: trust the newer. The
                    // earlier still holds the sentences it opened ("The dam is old.  "And ...") when one ends
                    // right before the new mark.
                    if (open is { } unclosed && SentenceEndBefore(article.Text, unclosed, i) is var sentenceEnd and > 0)
                    {
                        Add(article, passages, unclosed, sentenceEnd, openParagraph, closeLength: 0);
                    }
                    open = i;
                    openParagraph = paragraph.Number;
                }
                else if (open is not null && mark is Mark.Closing or Mark.Either)
                {
                    Add(article, passages, open.Value, i, openParagraph);
                    open = null;
                }
                if (IsDoubled(article.Text, i))
                {
                    i++;
                }
            }
            var continues = open is not null && p + 1 < article.Paragraphs.Count
                && MarkAt(article.Paragraphs[p + 1].Text, 0, article.Paragraphs[p + 1].Text.Length) is Mark.Opening or Mark.Either;
            if (!continues)
            {
                open = null;
            }
        }
        AddSingleQuoted(article, passages);
        return passages;
    }

    /// <summary>
    /// ‘...’ outside double quotes, as headlines write them ("Trump: ‘I’m the Worst Thing ...’"). Only the curly pair:
    /// a ’ between letters is an apostrophe ("I’m"), and one after an s before a lower-case word a possessive
    /// ("Sanders’ message"); a straight ' is never paired.
    /// </summary>
    private static void AddSingleQuoted(Article article, List<QuotedPassage> passages)
    {
        var text = article.Text;
        var doubleQuoted = passages.ToList();
        foreach (var paragraph in article.Paragraphs)
        {
            var i = paragraph.Span.Start;
            while ((i = text.IndexOf('‘', i, paragraph.Span.End - i)) >= 0)
            {
                var opensWord = (i == paragraph.Span.Start || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < paragraph.Span.End && char.IsLetterOrDigit(text[i + 1]);
                var close = opensWord && !doubleQuoted.Any(p => p.OpenMark < i && i < p.CloseMark) ? ClosingSingle(text, i + 1, paragraph.Span.End) : -1;
                if (close < 0)
                {
                    i++;
                    continue;
                }
                Add(article, passages, i, close, paragraph.Number);
                i = close + 1;
            }
        }
        AddHeadlineSingleQuoted(article, passages, doubleQuoted);
        passages.Sort((a, b) => a.OpenMark.CompareTo(b.OpenMark));
    }

    /// <summary>
    /// "Novak: 'We will rebuild the bridge.'": a straight ' pairs only where it cannot be an apostrophe, opening right after a
    /// colon and closing its paragraph, as headlines quote their speaker.
    /// </summary>
    private static void AddHeadlineSingleQuoted(Article article, List<QuotedPassage> passages, List<QuotedPassage> doubleQuoted)
    {
        var text = article.Text;
        foreach (var paragraph in article.Paragraphs)
        {
            var colon = text.IndexOf(": '", paragraph.Span.Start, paragraph.Span.Length, StringComparison.Ordinal);
            var close = paragraph.Span.End - 1;
            if (colon < 0 || close <= colon + 3 || text[close] != '\'' || char.IsWhiteSpace(text[close - 1]) || !char.IsLetterOrDigit(text[colon + 3])
                || text.IndexOf('\'', colon + 3, close - colon - 3) is var inner && inner >= 0 && inner + 1 < close && text[inner + 1] == '\''
                || doubleQuoted.Any(p => p.OpenMark < close && colon < p.CloseMark))
            {
                continue;
            }
            Add(article, passages, colon + 2, close, paragraph.Number);
        }
    }

    private static int ClosingSingle(string text, int from, int end)
    {
        // Single-quoted headlines and phrases are short; a ’ far away is an apostrophe, not this quote's end.
        end = Math.Min(end, from + MaximumSingleQuotedLength);
        for (var j = from; j < end; j++)
        {
            if (text[j] == '‘' || text[j] is '“' or '”' or '"')
            {
                return -1; // another quotation starts first: this ‘ is not a quotation mark we can pair
            }
            if (text[j] != '’' || char.IsWhiteSpace(text[j - 1]))
            {
                continue;
            }
            var next = j + 1 < end ? text[j + 1] : ' ';
            if (char.IsLetterOrDigit(next))
            {
                continue; // I’m
            }
            var possessive = text[j - 1] is 's' && next == ' ' && j + 2 < end && char.IsLower(text[j + 2]);
            if (!possessive)
            {
                return j;
            }
        }
        return -1;
    }

    private enum Mark
    {
        None,
        Opening,
        Closing,
        Either,
    }

    /// <summary>
    /// “ opens and ” closes, unless misprinted: a “ glued to the word before it and followed by a space closes, as a ”
    /// between a space and a word opens. " opens or closes by position. Some papers (and tokenised corpora) write quotes
    /// as two apostrophes '' or as `` ... ''; a single ' is never a mark, since it is also the apostrophe.
    /// </summary>
    private static Mark MarkAt(string text, int i, int end) => text[i] switch
    {
        '“' => ByPosition(text, i, i + 1, end) == Mark.Closing ? Mark.Closing : Mark.Opening,
        '”' => ByPosition(text, i, i + 1, end) == Mark.Opening ? Mark.Opening : Mark.Closing,
        '"' => ByPosition(text, i, i + 1, end),
        '\'' when i + 1 < end && text[i + 1] == '\'' => ByPosition(text, i, i + 2, end),
        '`' when i + 1 < end && text[i + 1] == '`' => Mark.Opening,
        _ => Mark.None,
    };

    /// <summary>
    /// A straight mark after a space and before a word opens; after a word and before a space or punctuation it closes.
    /// Reading the position, not just counting marks, keeps one stray mark from turning the rest of a paragraph inside out.
    /// </summary>
    private static Mark ByPosition(string text, int mark, int after, int end)
    {
        var spaceBefore = mark == 0 || char.IsWhiteSpace(text[mark - 1]) || text[mark - 1] is '(' or '[' or '—' or '–';
        var wordAfter = after < end && (char.IsLetterOrDigit(text[after]) || text[after] is '\'' or '‘' or '(' or '[' or '.' or '$');
        var wordBefore = mark > 0 && !char.IsWhiteSpace(text[mark - 1]);
        var spaceAfter = after >= end || char.IsWhiteSpace(text[after]) || char.IsPunctuation(text[after]) && text[after] is not '\'' and not '‘';
        return spaceBefore && wordAfter ? Mark.Opening
            : wordBefore && spaceAfter ? Mark.Closing
            : Mark.Either;
    }

    /// <summary>Where the sentence before <paramref name="mark"/> ends, when one ends there after white space; else -1.</summary>
    private static int SentenceEndBefore(string text, int open, int mark)
    {
        var end = mark;
        while (end > open && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end < mark && end > open + 1 && text[end - 1] is '.' or '?' or '!' ? end : -1;
    }

    private static bool IsDoubled(string text, int i) =>
        i + 1 < text.Length && text[i] is '\'' or '`' && text[i + 1] == text[i];

    /// <param name="closeLength">Length of the closing mark; 0 for a quote that ends where the next one opens.</param>
    private static void Add(Article article, List<QuotedPassage> passages, int open, int close, int paragraph, int? closeLength = null)
    {
        var start = open + (IsDoubled(article.Text, open) ? 2 : 1);
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
                .Select(part => part.TrimStart('"', '“', '\'', '`').Trim())
                .Where(part => part.Length > 0));
        }
        passages.Add(new QuotedPassage(open, close, close + (closeLength ?? (IsDoubled(article.Text, close) ? 2 : 1)), new TextSpan(start, end), text, paragraph));
    }
}
