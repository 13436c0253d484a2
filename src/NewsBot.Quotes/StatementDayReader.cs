using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text.DateTime;
using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>
/// Turns one resolved date phrase into the day a statement was made: a single day, or the start of a period of at most
/// a week ("last week"); a weekday is that day of the publication week or the last one before it.
/// </summary>
internal static partial class StatementDayReader
{
    private const int MaximumRangeDays = 7;

    public static StatementDate? Read(DateTimeParseResult parsed, DateOnly? articleDate)
    {
        if (parsed.Value is not DateTimeResolutionResult { Success: true } resolution || parsed.Text is null)
        {
            return null;
        }
        var timex = resolution.Timex ?? parsed.TimexStr;
        var candidates = new List<DateOnly>();
        if (articleDate is { } article && timex is not null && WeekdayTimex().Match(timex) is { Success: true } weekday)
        {
            // "on Wednesday" in news is that day of the publication week, or the last one before it.
            var dayOfWeek = (DayOfWeek)(int.Parse(weekday.Groups[1].Value, CultureInfo.InvariantCulture) % 7);
            candidates.Add(article.AddDays(-(((int)article.DayOfWeek - (int)dayOfWeek + 7) % 7)));
        }
        else if (articleDate is not null || NamesAYear().IsMatch(parsed.Text))
        {
            // Without a publication date only a day given with its year can be placed.
            foreach (var value in new[] { resolution.PastValue, resolution.FutureValue })
            {
                if (Day(value) is { } day)
                {
                    candidates.Add(day);
                }
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
        return new StatementDate(chosen, NamesACalendarDay(parsed.Text) ? DateRule.ExplicitDate : DateRule.RelativeDate);
    }

    /// <summary>A day, or the first day of a period no longer than a week.</summary>
    private static DateOnly? Day(object? value) => value switch
    {
        DateTime day => DateOnly.FromDateTime(day),
        Tuple<DateTime, DateTime> period when (period.Item2 - period.Item1).TotalDays <= MaximumRangeDays => DateOnly.FromDateTime(period.Item1),
        _ => null,
    };

    /// <summary>True when a date phrase holds a number or a month name: "July 1", "9/11", not "last Wednesday".</summary>
    public static bool NamesACalendarDay(string phrase) => CalendarDay().IsMatch(phrase);

    [GeneratedRegex(@"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CalendarDay();

    [GeneratedRegex(@"\b(?:1[89]|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamesAYear();

    [GeneratedRegex(@"^XXXX-WXX-(\d)$")]
    private static partial Regex WeekdayTimex();
}
