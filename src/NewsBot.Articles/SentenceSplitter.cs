using System.Collections.Frozen;

namespace NewsBot.Articles;

/// <summary>
/// Finds sentence boundaries in one paragraph of English news text.
/// Hand-written rather than ICU's sentence break rules because those end a sentence at "U.S. President" and
/// "Gen. Khomchak", which are everywhere in news and would cut quotes away from their speakers.
/// </summary>
public static class SentenceSplitter
{
    // Words that end with a period without ending a sentence: titles, months, company suffixes.
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "cmdr",
        "adm", "maj", "cpl", "pvt", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "supt", "insp", "det", "fr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "co", "ltd", "plc", "bros", "dept", "univ", "assn", "no", "nos", "vs", "v", "etc", "approx",
        "est", "fig", "vol", "al", "ave", "blvd", "rd", "mass", "calif", "fla", "ill", "penn", "wash", "tex",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const string ClosingMarks = "\"'”’)]";
    private const string OpeningMarks = "\"'“‘([";

    /// <summary>Returns the sentence spans of <paramref name="text"/>, offset by <paramref name="offset"/>.</summary>
    public static IReadOnlyList<TextSpan> Split(string text, int offset = 0)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && (ClosingMarks.Contains(text[end]) || text[end] is '.' or '!' or '?'))
            {
                end++;
            }
            if (end < text.Length && (text[end] != ' ' || !StartsSentence(text, end + 1)))
            {
                continue;
            }
            if (text[i] == '.' && IsAbbreviation(text, start, i))
            {
                continue;
            }
            spans.Add(new TextSpan(offset + start, offset + end));
            start = end + 1;
            i = end;
        }
        if (start < text.Length)
        {
            spans.Add(new TextSpan(offset + start, offset + text.Length));
        }
        return spans;
    }

    private static bool StartsSentence(string text, int position)
    {
        while (position < text.Length && OpeningMarks.Contains(text[position]))
        {
            position++;
        }
        return position < text.Length && (char.IsUpper(text[position]) || char.IsDigit(text[position]));
    }

    /// <summary>True when the word before the period at <paramref name="period"/> is an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && !OpeningMarks.Contains(text[wordStart - 1]))
        {
            wordStart--;
        }
        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "John F. Kennedy"
        }
        if (word.Contains('.'))
        {
            return true; // an acronym with inner periods: "U.S.", "a.m."
        }
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
