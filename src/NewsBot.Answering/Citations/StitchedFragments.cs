namespace NewsBot.Answering.Citations;

/// <summary>
/// Covers the given words, left to right, with the longest runs that stand word for word (ignoring case and
/// punctuation) in one article. Given words made of two or more such runs from different sentences are stitched.
/// </summary>
internal static class StitchedFragments
{
    /// <summary>Shorter runs ("of the") stand everywhere and would make any text look stitched.</summary>
    private const int MinimumFragmentWords = 3;

    /// <summary>The word ranges (inclusive) in the article, one per fragment; null when the words cannot be covered.</summary>
    public static IReadOnlyList<(int First, int Last)>? Cover(ArticleWords article, IReadOnlyList<string> given)
    {
        var fragments = new List<(int First, int Last)>();
        var position = 0;
        while (position < given.Count)
        {
            var (start, length) = LongestRunFrom(article, given, position);
            if (length < Math.Min(MinimumFragmentWords, given.Count - position) || length == 0)
            {
                return null;
            }
            fragments.Add((start, start + length - 1));
            position += length;
        }
        return fragments;
    }

    private static (int Start, int Length) LongestRunFrom(ArticleWords article, IReadOnlyList<string> given, int position)
    {
        var words = article.Words;
        var best = (Start: -1, Length: 0);
        for (var k = 0; k < words.Count; k++)
        {
            var length = 0;
            while (position + length < given.Count && k + length < words.Count &&
                   string.Equals(words[k + length].Lower, given[position + length], StringComparison.Ordinal))
            {
                length++;
            }
            if (length > best.Length)
            {
                best = (k, length);
            }
        }
        return best;
    }
}
