using NewsBot.Answering.Text;

namespace NewsBot.Answering.Verification;

/// <summary>
/// The quotations in a piece of text, and the one check every quotation NewsBot shows must pass: its words stand,
/// as given, in the source. Matching is on folded text (NFC, straight quotes and apostrophes, hyphens for dashes,
/// single spaces) and case-sensitive; an ellipsis inside a quotation separates parts that must each appear, in order.
/// </summary>
internal static class Quotations
{
    private static readonly char[] EdgePunctuation = [' ', ',', '.', ';', ':', '!', '?'];

    /// <summary>The text between each pair of double quotation marks, folded.</summary>
    public static IReadOnlyList<string> In(string text)
    {
        var folded = FoldedText.FoldString(text);
        var quotations = new List<string>();
        var open = -1;
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] != '"')
            {
                continue;
            }
            if (open < 0)
            {
                open = i;
            }
            else
            {
                var inner = folded[(open + 1)..i].Trim(EdgePunctuation);
                if (inner.Length > 0)
                {
                    quotations.Add(inner);
                }
                open = -1;
            }
        }
        return quotations;
    }

    /// <summary>True when <paramref name="quotation"/> appears verbatim in <paramref name="source"/>.</summary>
    public static bool AppearsIn(string quotation, string source)
    {
        var haystack = FoldedText.FoldString(source);
        var from = 0;
        foreach (var part in FoldedText.FoldString(quotation).Replace("…", "...", StringComparison.Ordinal)
                     .Split("...", StringSplitOptions.RemoveEmptyEntries))
        {
            var needle = part.Trim(EdgePunctuation);
            if (needle.Length == 0)
            {
                continue;
            }
            var at = haystack.IndexOf(needle, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }
            from = at + needle.Length;
        }
        return true;
    }
}
