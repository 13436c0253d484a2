using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace NewsBot.Quotes;

/// <summary>
/// Microsoft.Recognizers.Text.DateTime, the maintained resolver of date phrases, asked only what a statement date
/// can be: its date extractor and parser ("on Wednesday", "April 8, 2021", "two days ago") and its date-period ones
/// ("last week"). The full <c>DateTimeModel</c> also runs the time, duration, set, holiday and time-zone extractors
/// and costs 1–6 ms a phrase; these two cost a few hundredths of that. Results are kept in a bounded cache keyed by
/// (phrase, publication date), since a quotation and the reported speech holding it share their phrase.
/// </summary>
/// <remarks>Extractors and parsers hold only their compiled configuration, so one instance serves every thread.</remarks>
internal static partial class DayRecognizer
{
    // When full the cache starts over rather than tracking recency: cheaper, and still bounded.
    private const int Capacity = 20_000;
    private static readonly DateOnly StandInSunday = new(2000, 12, 31);
    private static readonly DateOnly LatestPublication = new(2099, 12, 31);

    private static readonly Lazy<Components> Recognizer = new(() => new Components(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly ConcurrentDictionary<(string Phrase, DateOnly? Published), IReadOnlyList<RecognizedDate>> Cache = new();

    /// <summary>The days named in <paramref name="phrase"/>, with offsets into it, resolved against <paramref name="published"/>.</summary>
    public static IReadOnlyList<RecognizedDate> Recognize(string phrase, DateOnly? published)
    {
        // The recognizer's own model lower-cases its input first: its patterns are written in lower case.
        var query = phrase.ToLowerInvariant();
        // "yesterday", "on Wednesday", "last week" name the same days relative to any publication date of the same
        // weekday, so they are read once against a stand-in date of that weekday and moved by whole weeks. A phrase
        // with a number or a month ("July 1") is read against its own date: its year depends on it.
        // A day given with its year and nothing relative ("April 8, 2021") reads the same against any date, so it is
        // read once against a date after any publication; only a day after this article's publication is then dropped.
        var absolute = published is not null && FullDate().IsMatch(query) && !RelativeWord().IsMatch(query);
        var stand = absolute ? LatestPublication
            : published is { } day && !StatementDayReader.NamesACalendarDay(query) ? StandInSunday.AddDays((int)day.DayOfWeek)
            : published;
        if (!Cache.TryGetValue((query, stand), out var found))
        {
            found = Recognizer.Value.Read(query, stand);
            if (Cache.Count >= Capacity)
            {
                Cache.Clear();
            }
            Cache[(query, stand)] = found;
        }
        if (absolute)
        {
            return found.All(f => f.Date.Date <= published) ? found : found.Where(f => f.Date.Date <= published).ToList();
        }
        var shift = published is { } p && stand is { } s ? p.DayNumber - s.DayNumber : 0;
        return shift == 0 ? found : found.Select(f => f with { Date = f.Date with { Date = f.Date.Date?.AddDays(shift) } }).ToList();
    }

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|ago|last|next|this|past|previous|week|weekend)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeWord();

    private sealed class Components
    {
        private readonly BaseDateExtractor dates;
        private readonly BaseDateParser dateParser;
        private readonly BaseDatePeriodExtractor periods;
        private readonly BaseDatePeriodParser periodParser;

        public Components()
        {
            var options = new BaseDateTimeOptionsConfiguration(Culture.English, DateTimeOptions.None);
            var common = new EnglishCommonDateTimeParserConfiguration(options);
            dates = new BaseDateExtractor(new EnglishDateExtractorConfiguration(options));
            dateParser = new BaseDateParser(new EnglishDateParserConfiguration(common));
            periods = new BaseDatePeriodExtractor(new EnglishDatePeriodExtractorConfiguration(options));
            periodParser = new BaseDatePeriodParser(new EnglishDatePeriodParserConfiguration(common));
        }

        public List<RecognizedDate> Read(string phrase, DateOnly? published)
        {
            var reference = (published ?? new DateOnly(2000, 1, 1)).ToDateTime(new TimeOnly(12, 0));
            var query = phrase;
            var found = new List<RecognizedDate>();
            var days = dates.Extract(query, reference);
            foreach (var extracted in days)
            {
                Add(found, () => dateParser.Parse(extracted, reference), published);
            }
            foreach (var extracted in periods.Extract(query, reference))
            {
                // "April 8, 2021" is a day; the month "April" and the year "2021" inside it are not read again.
                if (!days.Any(d => d.Start < extracted.Start + extracted.Length && extracted.Start < d.Start + d.Length))
                {
                    Add(found, () => periodParser.Parse(extracted, reference), published);
                }
            }
            return found;
        }

        private static void Add(List<RecognizedDate> found, Func<DateTimeParseResult?> parse, DateOnly? published)
        {
            DateTimeParseResult? parsed;
            try
            {
                parsed = parse();
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentException or FormatException or InvalidCastException)
            {
                // The extractor forgives misspellings ("Thurday") that its parser then cannot look up: no day there.
                return;
            }
            if (parsed is { Start: { } start, Length: { } length } && StatementDayReader.Read(parsed, published) is { } day)
            {
                found.Add(new RecognizedDate(start, start + length, day));
            }
        }
    }
}

/// <summary>A day the recognizer found at <see cref="Start"/>..<see cref="End"/> of the phrase it read.</summary>
internal sealed record RecognizedDate(int Start, int End, StatementDate Date);
