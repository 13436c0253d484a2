using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>
/// Finds the day a statement was made from the words around its cue ("On April 8, 2021, Khomchak said",
/// "Peskov told journalists on Wednesday"), resolved against the article date; otherwise the article date.
/// </summary>
/// <remarks>
/// Most sentences name no day, so a cheap regular expression (<see cref="DatePhraseFinder"/>) decides whether the
/// recognizer runs at all, and the recognizer then reads only a few words around each date it found.
/// </remarks>
internal static class StatementDater
{
    // A date named this far from the cue belongs to the statement; further away it usually dates the events reported.
    private const int MaximumDistanceFromCue = 40;
    // "On Wednesday, ..." opens the sentence when its date starts within this many characters of the sentence start.
    private const int OpeningSlack = 3;

    /// <summary>
    /// The date of a statement in <paramref name="sentence"/> of <paramref name="text"/>, whose date phrases are
    /// <paramref name="phrases"/> (<see cref="DatePhraseFinder"/>), and whose cue and speaker cover
    /// <paramref name="anchorStart"/>..<paramref name="anchorEnd"/>. With <paramref name="openingOnly"/>, only a date
    /// that opens the sentence counts: the frame a paragraph sets with "On April 13, ..." for the sentences after it.
    /// </summary>
    public static StatementDate Resolve(string text, TextSpan sentence, IReadOnlyList<(int Start, int End)> phrases, int anchorStart, int anchorEnd, DateOnly? articleDate, bool openingOnly = false)
    {
        var fallback = articleDate is null ? new StatementDate(null, DateRule.Unknown) : new StatementDate(articleDate, DateRule.ArticleDate);
        StatementDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (windowStart, windowEnd) in phrases)
        {
            // The window bounds every date in it, so a window too far from the cue (and not opening the sentence) is skipped unread.
            var windowOpens = windowStart - sentence.Start <= OpeningSlack;
            if (!windowOpens && (openingOnly || Distance(windowStart, windowEnd, anchorStart, anchorEnd) > MaximumDistanceFromCue))
            {
                continue;
            }
            foreach (var found in DayRecognizer.Recognize(text[windowStart..windowEnd], articleDate))
            {
                var start = windowStart + found.Start;
                var end = windowStart + found.End;
                var distance = Distance(start, end, anchorStart, anchorEnd);
                var opensSentence = start - sentence.Start <= OpeningSlack;
                if ((distance > MaximumDistanceFromCue || openingOnly) && !opensSentence || distance >= bestDistance)
                {
                    continue;
                }
                best = found.Date;
                bestDistance = distance;
            }
        }
        return best ?? fallback;
    }

    private static int Distance(int start, int end, int anchorStart, int anchorEnd) =>
        start >= anchorEnd ? start - anchorEnd : anchorStart >= end ? anchorStart - end : 0;
}
