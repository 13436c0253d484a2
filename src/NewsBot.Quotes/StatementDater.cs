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
        if (!MayNameADay().IsMatch(sentence))
        {
            return fallback;
        }
        var reference = (articleDate ?? new DateOnly(2000, 1, 1)).ToDateTime(new TimeOnly(12, 0));
        StatementDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var result in Model.Value.Parse(sentence, reference))
        {
            var start = sentenceStart + result.Start;
            var end = sentenceStart + result.End + 1;
            var distance = start >= anchorEnd ? start - anchorEnd : anchorStart >= end ? anchorStart - end : 0;
            var opensSentence = result.Start <= 3;
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
        return best ?? fallback;
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

    [GeneratedRegex(@"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|last|ago|earlier|this|previous|past)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MayNameADay();

    [GeneratedRegex(@"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesACalendarDay();

    [GeneratedRegex(@"^XXXX-WXX-(\d)$")]
    private static partial Regex WeekdayTimex();
}
