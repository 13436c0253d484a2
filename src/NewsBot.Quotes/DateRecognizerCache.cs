using System.Collections.Concurrent;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace NewsBot.Quotes;

/// <summary>
/// Microsoft.Recognizers.Text.DateTime, the maintained resolver of date phrases, behind a bounded cache keyed by
/// (phrase, publication date): the same window of words resolves the same way in every article of the same day,
/// and statements of one sentence (a quotation and the reported speech that holds it) share their windows.
/// </summary>
/// <remarks>
/// The recognizer costs about 300 ms to build and a millisecond or more a call, so it is built once (its model holds no
/// per-call state and is safe to share between threads) and reads only short windows.
/// </remarks>
internal static class DateRecognizerCache
{
    // Plenty for a day's news; when full the cache starts over rather than tracking recency (cheaper, still bounded).
    private const int Capacity = 20_000;

    private static readonly Lazy<DateTimeModel> Model = new(
        () => (DateTimeModel)new DateTimeRecognizer(Culture.English, DateTimeOptions.None, lazyInitialization: false).GetDateTimeModel(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly ConcurrentDictionary<(string Phrase, DateOnly? Published), IReadOnlyList<RecognizedDate>> Cache = new();

    /// <summary>The days named in <paramref name="phrase"/>, with offsets into it, resolved against <paramref name="published"/>.</summary>
    public static IReadOnlyList<RecognizedDate> Recognize(string phrase, DateOnly? published)
    {
        if (Cache.TryGetValue((phrase, published), out var known))
        {
            return known;
        }
        var reference = (published ?? new DateOnly(2000, 1, 1)).ToDateTime(new TimeOnly(12, 0));
        var found = new List<RecognizedDate>();
        foreach (var result in Model.Value.Parse(phrase, reference))
        {
            if (StatementDayReader.Read(result, published) is { } day)
            {
                found.Add(new RecognizedDate(result.Start, result.End + 1, day));
            }
        }
        if (Cache.Count >= Capacity)
        {
            Cache.Clear();
        }
        Cache[(phrase, published)] = found;
        return found;
    }
}

/// <summary>A day the recognizer found at <see cref="Start"/>..<see cref="End"/> of the phrase it read.</summary>
internal sealed record RecognizedDate(int Start, int End, StatementDate Date);
