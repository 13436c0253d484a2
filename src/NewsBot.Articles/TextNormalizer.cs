using System.Globalization;
using System.Text;

namespace NewsBot.Articles;

/// <summary>Unicode and whitespace clean-up shared by every format.</summary>
public static partial class TextNormalizer
{
    /// <summary>
    /// Splits a body into paragraphs at blank lines and normalises each one: Unicode NFC, invisible
    /// format characters removed, every run of white space (line breaks included) folded to one space.
    /// Empty paragraphs are dropped.
    /// </summary>
    public static IReadOnlyList<string> SplitParagraphs(string body)
    {
        var text = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var paragraphs = new List<string>();
        foreach (var block in BlankLine().Split(text))
        {
            var paragraph = NormalizeInline(block);
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
            }
        }
        return paragraphs;
    }

    /// <summary>Normalises one line of text (a title, a paragraph): NFC, no invisible characters, single spaces.</summary>
    public static string NormalizeInline(string text)
    {
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            // Zero-width spaces, joiners and byte-order marks carry no meaning in news text but break matching.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\n[ \t\u00A0]*\n\s*")]
    private static partial System.Text.RegularExpressions.Regex BlankLine();
}
