using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>
/// Finds, with one compiled regular expression, the phrases of a sentence that can name a single day ("on
/// Wednesday", "April 8, 2021", "two days ago", "last week"). Only these phrases go to the date recognizer: its
/// cost is per call and grows with its input, and short phrases repeat, so its results can be cached.
/// </summary>
internal static partial class DatePhraseFinder
{
    // "Wednesday, April 14, 2021": phrases this close together are read as one.
    private const int MaximumGapToJoin = 2;
    // "the day before yesterday" starts this far before its trigger word, "September 11th, 2001" ends this far after.
    private const int MaximumCharactersBeforeTrigger = 32;
    private const int MaximumCharactersAfterTrigger = 40;

    /// <summary>
    /// The date phrases (start, end offsets into <paramref name="text"/>) between <paramref name="start"/> and
    /// <paramref name="end"/>, adjacent ones joined, in reading order.
    /// </summary>
    public static List<(int Start, int End)> Phrases(string text, int start, int end)
    {
        var phrases = new List<(int Start, int End)>();
        var at = start;
        while (at < end)
        {
            // A vectorised search finds the next word every date phrase holds; the pattern then reads only around it.
            var hit = NextTrigger(text.AsSpan(at, end - at));
            if (hit < 0)
            {
                break;
            }
            var windowStart = Math.Max(at, at + hit - MaximumCharactersBeforeTrigger);
            var windowEnd = Math.Min(end, at + hit + MaximumCharactersAfterTrigger);
            var match = DayPhrase().Match(text, windowStart, windowEnd - windowStart);
            if (!match.Success)
            {
                at += hit + 1;
                continue;
            }
            var (phraseStart, phraseEnd) = (match.Index, match.Index + match.Length);
            if (phrases.Count > 0 && phraseStart - phrases[^1].End <= MaximumGapToJoin)
            {
                phrases[^1] = (phrases[^1].Start, phraseEnd);
            }
            else
            {
                phrases.Add((phraseStart, phraseEnd));
            }
            at = phraseEnd;
        }
        return phrases;
    }

    private static int NextTrigger(ReadOnlySpan<char> range)
    {
        var capitalised = range.IndexOfAny(CapitalisedWords);
        var relative = range.IndexOfAny(RelativeWords);
        return capitalised < 0 ? relative : relative < 0 ? capitalised : Math.Min(capitalised, relative);
    }

    // Every phrase the pattern finds holds one of these: month and day names as written, relative words in any case,
    // and the separators of numeric dates.
    private static readonly SearchValues<string> CapitalisedWords = SearchValues.Create(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    private static readonly SearchValues<string> RelativeWords = SearchValues.Create(
        ["yesterday", "today", "tonight", "tomorrow", "ago", "week", "/", "-0", "-1", "-2", "-3", ".0", ".1", ".2", ".3"], StringComparison.OrdinalIgnoreCase);

    // Only phrases that can resolve to one day (or a week) count: a weekday ("last Wednesday"); a month with a day
    // number and perhaps a year ("April 8, 2021", "8th of April", "Jan. 5"; "in March" alone is a month, never a
    // statement's day); relative days ("the day before yesterday", "two days ago", "earlier this week"); numeric
    // dates ("4/8/2021", "2021-04-08", "08.04.2021", not "3.5 percent"). Month and day names must be capitalised, so
    // the verb "may" and the name "Jan" without a number do not count.
    [GeneratedRegex("""
        \b(?:(?i:last|this|next|past|previous|coming)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
        | \b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?:19|20)\d\d\b)?
        | \b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?:,?\s+(?:19|20)\d\d\b)?
        | \b(?i:(?:the\s+day\s+(?:before|after)\s+)?(?:yesterday|tomorrow)|today|tonight)\b
        | \b(?i:(?:[a-z]+|\d+)\s+(?:days?|weeks?)\s+ago)\b
        | \b(?i:(?:earlier\s+|later\s+)?(?:last|this|next|past|previous)\s+(?:week|weekend))\b
        | \b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b | \b(?:19|20)\d\d-\d\d-\d\d\b | \b\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d\b
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DayPhrase();
}
