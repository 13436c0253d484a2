using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>
/// Turns one recognizer result into the day a statement was made: a single day, or the start of a range of at most a
/// week ("last week"); a weekday is that day of the publication week or the last one before it.
/// </summary>
internal static partial class StatementDayReader
{
    private const int MaximumRangeDays = 7;

    public static StatementDate? Read(ModelResult result, DateOnly? articleDate)
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

    [GeneratedRegex(@"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesACalendarDay();

    [GeneratedRegex(@"^XXXX-WXX-(\d)$")]
    private static partial Regex WeekdayTimex();
}
