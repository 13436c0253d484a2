using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Answering.Questions;

/// <summary>
/// Understands the date expressions news questions use most: ISO dates, "on April 8[, 2021]", "in March 2021",
/// "in 2021", "yesterday", "today", "last week", "last month", "last year". A day without a year is the most
/// recent such day on or before the as-of date, because questions ask about news that has happened.
/// </summary>
public sealed partial class SimpleDateExpressionResolver : IDateExpressionResolver
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public DateExpression? Resolve(string question, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (IsoDate().Match(question) is { Success: true } iso &&
            DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateExpression(iso.Value, new DateRange(day, day));
        }
        if (MonthDay().Match(question) is { Success: true } monthDay &&
            ResolveMonthDay(monthDay, asOf) is { } onDay)
        {
            return new DateExpression(monthDay.Value, new DateRange(onDay, onDay));
        }
        if (MonthYear().Match(question) is { Success: true } monthYear)
        {
            var first = new DateOnly(Year(monthYear.Groups["year"].Value), Month(monthYear.Groups["month"].Value), 1);
            return new DateExpression(monthYear.Value, new DateRange(first, first.AddMonths(1).AddDays(-1)));
        }
        if (YearOnly().Match(question) is { Success: true } year)
        {
            var y = Year(year.Groups["year"].Value);
            return new DateExpression(year.Value, new DateRange(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)));
        }
        if (Relative().Match(question) is { Success: true } relative)
        {
            return new DateExpression(relative.Value, ResolveRelative(relative.Value.ToUpperInvariant(), asOf));
        }
        return null;
    }

    private static DateRange ResolveRelative(string words, DateOnly asOf)
    {
        if (words.EndsWith("YESTERDAY", StringComparison.Ordinal))
        {
            return new DateRange(asOf.AddDays(-1), asOf.AddDays(-1));
        }
        if (words.EndsWith("TODAY", StringComparison.Ordinal))
        {
            return new DateRange(asOf, asOf);
        }
        if (words.EndsWith("WEEK", StringComparison.Ordinal))
        {
            // The calendar week (Monday to Sunday) before the one the as-of day is in.
            var monday = asOf.AddDays(-(((int)asOf.DayOfWeek + 6) % 7));
            return new DateRange(monday.AddDays(-7), monday.AddDays(-1));
        }
        if (words.EndsWith("MONTH", StringComparison.Ordinal))
        {
            var first = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-1);
            return new DateRange(first, first.AddMonths(1).AddDays(-1));
        }
        return new DateRange(new DateOnly(asOf.Year - 1, 1, 1), new DateOnly(asOf.Year - 1, 12, 31));
    }

    private static DateOnly? ResolveMonthDay(Match match, DateOnly asOf)
    {
        var month = Month(match.Groups["month"].Value);
        var dayNumber = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = match.Groups["year"].Success ? Year(match.Groups["year"].Value) : asOf.Year;
        if (dayNumber > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        var day = new DateOnly(year, month, dayNumber);
        if (!match.Groups["year"].Success && day > asOf)
        {
            day = day.AddYears(-1);
        }
        return day;
    }

    private static int Month(string name) =>
        Array.FindIndex(MonthNames, m => m.StartsWith(name[..3], StringComparison.OrdinalIgnoreCase)) + 1;

    private static int Year(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private const string MonthPattern =
        "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?:on\s+)?" + MonthPattern + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:in\s+)?" + MonthPattern + @",?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:in|during)\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b(?:yesterday|today|last\s+(?:week|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();
}
