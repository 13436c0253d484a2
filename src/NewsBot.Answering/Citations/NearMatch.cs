namespace NewsBot.Answering.Citations;

/// <summary>
/// The stretch of an article's words most like the given words: longest common word subsequence, case-insensitive,
/// over windows of one or two sentences, trimmed to the first and last shared word.
/// </summary>
internal sealed record NearMatch(ArticleWords Article, int FirstWord, int LastWord, double Similarity)
{
    /// <summary>Below this share of shared words, the closest text is a different statement, not a variant.</summary>
    public const double MinimumSimilarity = 0.6;

    private const int MinimumSharedWords = 3;

    public static NearMatch? Best(ArticleWords article, IReadOnlyList<string> given)
    {
        NearMatch? best = null;
        var sentences = article.Article.Paragraphs.SelectMany(p => p.Sentences).ToList();
        var starts = article.Words.Select(w => article.Folded.OriginalStart(w.Start)).ToArray();
        for (var i = 0; i < sentences.Count; i++)
        {
            for (var length = 1; length <= 2 && i + length <= sentences.Count; length++)
            {
                var first = LowerBound(starts, sentences[i].Start);
                var end = LowerBound(starts, sentences[i + length - 1].End);
                if (end - first < MinimumSharedWords)
                {
                    continue;
                }
                var (shared, matchedFirst, matchedLast) = Common(given, article.Words, first, end);
                if (shared < MinimumSharedWords)
                {
                    continue;
                }
                var similarity = shared / (double)Math.Max(given.Count, matchedLast - matchedFirst + 1);
                if (best is null || similarity > best.Similarity)
                {
                    best = new NearMatch(article, matchedFirst, matchedLast, similarity);
                }
            }
        }
        return best is { Similarity: >= MinimumSimilarity } ? best : null;
    }

    private static int LowerBound(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index;
    }

    /// <summary>Longest common subsequence of words, with the first and last window word it uses.</summary>
    private static (int Shared, int First, int Last) Common(IReadOnlyList<string> given, IReadOnlyList<Text.Word> words, int from, int to)
    {
        var n = given.Count;
        var m = to - from;
        var table = new int[n + 1, m + 1];
        for (var a = n - 1; a >= 0; a--)
        {
            for (var b = m - 1; b >= 0; b--)
            {
                table[a, b] = string.Equals(given[a], words[from + b].Lower, StringComparison.Ordinal)
                    ? table[a + 1, b + 1] + 1
                    : Math.Max(table[a + 1, b], table[a, b + 1]);
            }
        }
        int first = -1, last = -1, x = 0, y = 0;
        while (x < n && y < m)
        {
            if (string.Equals(given[x], words[from + y].Lower, StringComparison.Ordinal))
            {
                if (first < 0)
                {
                    first = from + y;
                }
                last = from + y;
                x++;
                y++;
            }
            else if (table[x + 1, y] >= table[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }
        return (table[0, 0], first, last);
    }
}
