using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace NewsBot.Answering.Questions;

/// <summary>
/// Resolves the date expression in a question with Microsoft.Recognizers.Text.DateTime (the Bot Framework
/// family's resolver): "on April 8", "in March 2021", "last week", "yesterday", "on Tuesday", "2021-04-14".
/// Questions ask about news that has happened, so where the recognizer offers a past and a future reading
/// ("on Tuesday", "April 8") the one on or before the as-of day is taken.
/// </summary>
public sealed class RecognizerDateExpressionResolver : IDateExpressionResolver
{
    // Built once: the model compiles hundreds of patterns (about 300 ms) and is thread-safe afterwards.
    private static readonly Lazy<DateTimeModel> Model = new(() => (DateTimeModel)new DateTimeRecognizer(Culture.English).GetDateTimeModel());

    public DateExpression? Resolve(string question, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(question);
        var reference = asOf.ToDateTime(new TimeOnly(12, 0));
        foreach (var result in Model.Value.Parse(question, reference))
        {
            if (Range(result, asOf) is { } range)
            {
                return new DateExpression(result.Text, range);
            }
        }
        return null;
    }

    /// <summary>The days a recognized date, date range or date-time stands for; null for times of day and durations.</summary>
    private static DateRange? Range(ModelResult result, DateOnly asOf)
    {
        if (result.Resolution?["values"] is not List<Dictionary<string, string>> values)
        {
            return null;
        }
        var candidates = values.Select(value => Candidate(result.TypeName, value)).OfType<DateRange>().ToList();
        // The latest reading that has begun by the as-of day; else the earliest (a question about a future day).
        return candidates.Where(c => c.From <= asOf).MaxBy(c => c.From) ?? candidates.MinBy(c => c.From);
    }

    private static DateRange? Candidate(string typeName, Dictionary<string, string> value)
    {
        switch (typeName)
        {
            case "datetimeV2.date":
            case "datetimeV2.datetime":
                return Day(value, "value") is { } day ? new DateRange(day, day) : null;
            case "datetimeV2.daterange":
            case "datetimeV2.datetimerange":
                // The recognizer's end is exclusive ("last week" ends on the next Monday).
                return Day(value, "start") is { } start && Day(value, "end") is { } end
                    ? new DateRange(start, end > start ? end.AddDays(-1) : start)
                    : null;
            default:
                return null;
        }
    }

    private static DateOnly? Day(Dictionary<string, string> value, string key) =>
        value.TryGetValue(key, out var text) && text.Length >= 10 &&
        DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
