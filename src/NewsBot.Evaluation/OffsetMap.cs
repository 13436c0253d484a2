using System.Globalization;
using NewsBot.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// Maps offsets of an <see cref="Article"/>'s normalised text back to the source text it was built from
/// (ArticleBuilder folds white space, drops invisible characters and repeated paragraphs), and converts the
/// gold data's Unicode code-point offsets to UTF-16 offsets.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[] sourceOffsets;

    private OffsetMap(int[] sourceOffsets) => this.sourceOffsets = sourceOffsets;

    /// <summary>Aligns the article text to its source; null when they cannot be aligned (a removed repeated paragraph).</summary>
    public static OffsetMap? Align(string articleText, string source)
    {
        var map = new int[articleText.Length + 1];
        var j = 0;
        for (var i = 0; i < articleText.Length; i++)
        {
            var c = articleText[i];
            if (char.IsWhiteSpace(c))
            {
                while (j < source.Length && IsSkippable(source[j]) && !char.IsWhiteSpace(source[j]))
                {
                    j++;
                }
                if (j >= source.Length || !char.IsWhiteSpace(source[j]))
                {
                    return null;
                }
                map[i] = j;
                // One space or one paragraph break stands for the whole run of white space in the source.
                if (i + 1 < articleText.Length && char.IsWhiteSpace(articleText[i + 1]))
                {
                    continue;
                }
                while (j < source.Length && IsSkippable(source[j]))
                {
                    j++;
                }
                continue;
            }
            while (j < source.Length && source[j] != c && IsSkippable(source[j]))
            {
                j++;
            }
            if (j >= source.Length || source[j] != c)
            {
                return null;
            }
            map[i] = j++;
        }
        map[articleText.Length] = j;
        return new OffsetMap(map);
    }

    public TextSpan ToSource(TextSpan span) =>
        new(sourceOffsets[span.Start], span.End == 0 ? 0 : sourceOffsets[span.End - 1] + 1);

    /// <summary>UTF-16 offset of each code-point offset of <paramref name="text"/> (one entry past the end too).</summary>
    public static int[] CodePointToUtf16(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            offsets.Add(i);
        }
        offsets.Add(text.Length);
        return [.. offsets];
    }

    private static bool IsSkippable(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
