using NewsBot.Articles;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace NewsBot.Quotes;

/// <summary>
/// Finds the day a statement was made from the words around its cue ("On April 8, 2021, Khomchak said",
/// "Peskov told journalists on Wednesday"), resolved against the article date; otherwise the article date.
/// </summary>
/// <remarks>
/// The recognizer costs about 300 ms to build and 1–13 ms a sentence, so it is built once (its model holds no
/// per-call state and is safe to share between threads) and runs only on sentences that can name a day.
/// </remarks>
internal static partial class StatementDater
{
    // A date named this far from the cue belongs to the statement; further away it usually dates the events reported.
    private const int MaximumDistanceFromCue = 40;
    private const int MaximumRangeDays = 7;
    // "On Wednesday, April 14, 2021," fits; a date further into the sentence is dated by its distance to the cue.
    private const int OpeningWindow = 45;
    private const int WindowAroundCue = 70;

    private static readonly Lazy<DateTimeModel> Model = new(
        () => (DateTimeModel)new DateTimeRecognizer(Culture.English, DateTimeOptions.None, lazyInitialization: false).GetDateTimeModel(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The date of a statement whose sentence is <paramref name="sentence"/> (starting at <paramref name="sentenceStart"/>
    /// in the article) and whose cue and speaker cover <paramref name="anchorStart"/>..<paramref name="anchorEnd"/>.
    /// With <paramref name="openingOnly"/>, only a date that opens the sentence counts: the frame a paragraph sets
    /// with "On April 13, ..." for the sentences after it.
    /// </summary>
    public static StatementDate Resolve(string sentence, int sentenceStart, int anchorStart, int anchorEnd, DateOnly? articleDate, bool openingOnly = false)
    {
        var fallback = articleDate is null ? new StatementDate(null, DateRule.Unknown) : new StatementDate(articleDate, DateRule.ArticleDate);
        var reference = (articleDate ?? new DateOnly(2000, 1, 1)).ToDateTime(new TimeOnly(12, 0));
        StatementDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (windowStart, windowEnd) in Windows(sentence, anchorStart - sentenceStart, anchorEnd - sentenceStart, openingOnly))
        {
            var window = sentence[windowStart..windowEnd];
            if (!MayNameADay().IsMatch(window))
            {
                continue;
            }
            foreach (var result in Model.Value.Parse(window, reference))
            {
                var start = sentenceStart + windowStart + result.Start;
                var end = sentenceStart + windowStart + result.End + 1;
                var distance = start >= anchorEnd ? start - anchorEnd : anchorStart >= end ? anchorStart - end : 0;
                var opensSentence = windowStart + result.Start <= 3;
                if ((distance > MaximumDistanceFromCue || openingOnly) && !opensSentence || distance >= bestDistance)
                {
                    continue;
                }
                var date = ToDate(result, articleDate);
                if (date is not null)
                {
                    best = date;
                    bestDistance = distance;
                }
            }
        }
        return best ?? fallback;
    }

    /// <summary>
    /// The parts of the sentence where a statement's date can stand: its opening ("On April 8, 2021, ...") and the
    /// words around cue and speaker. The recognizer's cost grows with its input, so it reads only these.
    /// </summary>
    private static List<(int Start, int End)> Windows(string sentence, int anchorStart, int anchorEnd, bool openingOnly)
    {
        var opening = (Start: 0, End: WordEnd(sentence, Math.Min(sentence.Length, OpeningWindow)));
        if (openingOnly)
        {
            return [opening];
        }
        var around = (Start: WordStart(sentence, Math.Max(0, anchorStart - WindowAroundCue)), End: WordEnd(sentence, Math.Min(sentence.Length, anchorEnd + WindowAroundCue)));
        return around.Start <= opening.End ? [(0, Math.Max(opening.End, around.End))] : [opening, around];
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }
        return index;
    }

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }

    private static StatementDate? ToDate(ModelResult result, DateOnly? articleDate)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values)
        {
            return null;
        }
        var explicitDay = NamesACalendarDay().IsMatch(result.Text);
        var candidates = new List<DateOnly>();
        foreach (var value in values)
        {
            value.TryGetValue("timex", out var timex);
            value.TryGetValue("type", out var type);
            if (articleDate is { } article && timex is not null && WeekdayTimex().Match(timex) is { Success: true } weekday)
            {
                // "on Wednesday" in news is that day of the publication week, or the last one before it.
                var dayOfWeek = (DayOfWeek)(int.Parse(weekday.Groups[1].Value, CultureInfo.InvariantCulture) % 7);
                candidates.Add(article.AddDays(-(((int)article.DayOfWeek - (int)dayOfWeek + 7) % 7)));
                continue;
            }
            if (articleDate is null && (timex is null || timex.StartsWith('X')))
            {
                continue; // without a publication date only a day with its year can be placed
            }
            var day = type switch
            {
                "date" => Parse(value, "value"),
                "datetime" => Parse(value, "value"),
                "daterange" when Parse(value, "start") is { } start && Parse(value, "end") is { } end
                    && end.DayNumber - start.DayNumber <= MaximumRangeDays => start,
                _ => null,
            };
            if (day is not null)
            {
                candidates.Add(day.Value);
            }
        }
        if (candidates.Count == 0)
        {
            return null;
        }
        // Of a past and a future reading, a report wants the latest one not after publication.
        var chosen = articleDate is { } published && candidates.Any(c => c <= published)
            ? candidates.Where(c => c <= published).Max()
            : candidates.Min();
        if (articleDate is { } publication && chosen > publication)
        {
            return null;
        }
        return new StatementDate(chosen, explicitDay ? DateRule.ExplicitDate : DateRule.RelativeDate);
    }

    private static DateOnly? Parse(Dictionary<string, string> value, string key) =>
        value.TryGetValue(key, out var text) && text.Length >= 10
        && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : null;

    // Cheap test before the costly recognizer: month and day names (capitalised, so the verb "may" does not count),
    // relative days, years and numeric dates. Plain numbers ("4,000 troops") do not count.
    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?i:yesterday|today|tonight|tomorrow|ago|earlier|(?:last|this|next|past|previous)\s+(?:week|weekend|month|year|night|morning|afternoon|evening))\b|\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex MayNameADay();

    [GeneratedRegex(@"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesACalendarDay();

    [GeneratedRegex(@"^XXXX-WXX-(\d)$")]
    private static partial Regex WeekdayTimex();
}
