using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion;

/// <summary>
/// Reads the publication dates news files carry: ISO dates, ISO 8601 date-times and RFC 1123 / RFC 822 dates
/// (RSS). The date is taken as written, never shifted to another time zone: a story filed late on 14 April in
/// Kyiv is the 14 April story its readers know, even if it was 13 April somewhere else.
/// </summary>
public static partial class NewsDate
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Returns the calendar date written in <paramref name="value"/>, or null when it is not a date.</summary>
    public static DateOnly? TryParse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return Create(Number(iso, "year"), Number(iso, "month"), Number(iso, "day"));
        }
        var rfc = RfcDate().Match(text);
        if (rfc.Success)
        {
            var month = Array.IndexOf(MonthNames, rfc.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
            var year = Number(rfc, "year");
            if (rfc.Groups["year"].Length == 2)
            {
                // RFC 822 two-digit years: the century that puts the date nearest to now.
                year += year < 50 ? 2000 : 1900;
            }
            return month == 0 ? null : Create(year, month, Number(rfc, "day"));
        }
        return null;
    }

    private static DateOnly? Create(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    // 2021-04-14, 2021-04-14T10:30:00+03:00, 2021-04-14 10:30, 2021-04-14T10:30:00.123Z
    [GeneratedRegex(@"^(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoDate();

    // Wed, 14 Apr 2021 10:30:00 GMT; 14 April 2021 10:30 +0300; Wed, 14 Apr 21 10:30:00 EST
    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<day>[0-9]{1,2})\s+(?<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s+(?<year>[0-9]{4}|[0-9]{2})(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*(?:[A-Za-z]{1,5}|[+-][0-9]{4}))?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RfcDate();
}
