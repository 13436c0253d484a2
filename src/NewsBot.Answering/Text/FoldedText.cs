using System.Text;
using NewsBot.Articles;

namespace NewsBot.Answering.Text;

/// <summary>
/// Text folded for matching: Unicode NFC, curly quotes and apostrophes made straight, every dash a hyphen, runs of
/// white space one space. <see cref="OriginalStart"/> and <see cref="OriginalEnd"/> map a folded range back to the
/// exact characters of the original, so a match found on folded text is reported as a span of Article.Text.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] originalIndex;

    private FoldedText(string original, string folded, int[] originalIndex)
    {
        Original = original;
        Folded = folded;
        this.originalIndex = originalIndex;
    }

    public string Original { get; }

    public string Folded { get; }

    /// <summary>
    /// Folds <paramref name="original"/>. The offset map is exact when the original is already NFC (article texts
    /// always are); other input is composed first and its map then refers to the composed form.
    /// </summary>
    public static FoldedText Of(string original)
    {
        var source = original.IsNormalized(NormalizationForm.FormC) ? original : original.Normalize(NormalizationForm.FormC);
        var folded = new StringBuilder(source.Length);
        var map = new List<int>(source.Length);
        var pendingSpace = -1;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && pendingSpace < 0)
                {
                    pendingSpace = i;
                }
                continue;
            }
            if (pendingSpace >= 0)
            {
                folded.Append(' ');
                map.Add(pendingSpace);
                pendingSpace = -1;
            }
            folded.Append(Fold(c));
            map.Add(i);
        }
        return new FoldedText(source, folded.ToString(), [.. map]);
    }

    /// <summary>The character every typographic variant of a quote, apostrophe or dash is matched as.</summary>
    public static char Fold(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u0060' or '\u00B4' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    /// <summary>Folds a short string with no need for offsets (a quotation, a question).</summary>
    public static string FoldString(string text) => Of(text).Folded;

    public int OriginalStart(int foldedStart) => originalIndex[foldedStart];

    public int OriginalEnd(int foldedEnd) => originalIndex[foldedEnd - 1] + 1;

    public TextSpan OriginalSpan(int foldedStart, int foldedEnd) => new(OriginalStart(foldedStart), OriginalEnd(foldedEnd));
}
