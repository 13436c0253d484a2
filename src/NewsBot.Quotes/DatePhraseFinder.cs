using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>
/// Finds, with one compiled regular expression, the few places of a sentence that can name a single day, and the
/// short window of words around each one that the date recognizer needs to read it ("on Wednesday",
/// "April 8, 2021", "two days ago"). The recognizer's cost grows with its input, so it reads only these windows.
/// </summary>
internal static partial class DatePhraseFinder
{
    // "two days ago", "the day before yesterday", "last Wednesday": words before the trigger that belong to it.
    private const int WordsBefore = 3;
    // "Wednesday, April 14, 2021", "April 8, 2021": words after the trigger that belong to it.
    private const int WordsAfter = 4;

    /// <summary>
    /// The windows (start, end offsets into <paramref name="text"/>) around every date trigger between
    /// <paramref name="start"/> and <paramref name="end"/>, overlapping windows merged, in reading order.
    /// A window never leaves <paramref name="start"/>..<paramref name="end"/>.
    /// </summary>
    public static List<(int Start, int End)> Windows(string text, int start, int end)
    {
        var windows = new List<(int Start, int End)>();
        var match = DayTrigger().Match(text, start, end - start);
        while (match.Success)
        {
            var windowStart = WordsBack(text, match.Index, start, WordsBefore);
            var windowEnd = WordsForward(text, match.Index + match.Length, end, WordsAfter);
            if (windows.Count > 0 && windowStart <= windows[^1].End)
            {
                windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, windowEnd));
            }
            else
            {
                windows.Add((windowStart, windowEnd));
            }
            match = match.NextMatch();
        }
        return windows;
    }

    private static int WordsBack(string text, int index, int limit, int words)
    {
        for (var w = 0; w < words && index > limit; w++)
        {
            while (index > limit && char.IsWhiteSpace(text[index - 1]))
            {
                index--;
            }
            while (index > limit && !char.IsWhiteSpace(text[index - 1]))
            {
                index--;
            }
        }
        return index;
    }

    private static int WordsForward(string text, int index, int limit, int words)
    {
        for (var w = 0; w < words && index < limit; w++)
        {
            while (index < limit && char.IsWhiteSpace(text[index]))
            {
                index++;
            }
            while (index < limit && !char.IsWhiteSpace(text[index]))
            {
                index++;
            }
        }
        return index;
    }

    // Only phrases that can resolve to one day (or a week) trigger the recognizer: a weekday; a month with a day
    // number ("April 8", "8 April", "Jan. 5"; "in March" alone is a month, never a statement's day); relative days;
    // "last week"; "ago"; numeric dates ("4/8/2021", "2021-04-08", "08.04.2021", not "3.5 percent"). Month and day
    // names must be capitalised, so the verb "may" and the name "Jan" without a number do not count.
    [GeneratedRegex("""
        \b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
        | \b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?!\d)
        | \b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b
        | \b(?i:yesterday|today|tonight|tomorrow|ago)\b
        | \b(?i:last|this|next|past|previous)\s+(?i:week|weekend|night|morning|afternoon|evening)\b
        | \b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b | \b(?:19|20)\d\d-\d\d-\d\d\b | \b\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d\b
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DayTrigger();
}
