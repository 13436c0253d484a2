using NewsBot.Articles;

namespace NewsBot.Answering.Retrieval;

/// <summary>
/// A quotation can run over several sentences; citing one of them alone would leave an unclosed quotation mark
/// and words cut from their speaker. The span grows by whole sentences of the paragraph until its marks pair up.
/// </summary>
internal static class QuotationBalance
{
    public static TextSpan Extend(Article article, int paragraphNumber, TextSpan span)
    {
        var sentences = article.Paragraphs[paragraphNumber - 1].Sentences;
        var first = IndexOf(sentences, span.Start);
        var last = IndexOf(sentences, span.End - 1);
        if (first < 0 || last < 0)
        {
            return span;
        }
        var forward = last;
        while (IsOdd(article, sentences[first].Start, sentences[forward].End) && forward + 1 < sentences.Count)
        {
            forward++;
        }
        if (!IsOdd(article, sentences[first].Start, sentences[forward].End))
        {
            return new TextSpan(sentences[first].Start, sentences[forward].End);
        }
        var backward = first;
        while (IsOdd(article, sentences[backward].Start, sentences[last].End) && backward > 0)
        {
            backward--;
        }
        return IsOdd(article, sentences[backward].Start, sentences[last].End)
            ? span
            : new TextSpan(sentences[backward].Start, sentences[last].End);
    }

    private static int IndexOf(IReadOnlyList<TextSpan> sentences, int position)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Start <= position && position < sentences[i].End)
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsOdd(Article article, int start, int end)
    {
        var marks = 0;
        for (var i = start; i < end; i++)
        {
            if (article.Text[i] is '"' or '\u201C' or '\u201D')
            {
                marks++;
            }
        }
        return marks % 2 == 1;
    }
}
