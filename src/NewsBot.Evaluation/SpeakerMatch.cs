using NewsBot.Articles;
using NewsBot.Quotes;

namespace NewsBot.Evaluation;

/// <summary>The gold rule for speakers: the same mention, or a resolved name holding the gold mention's head word.</summary>
internal static class SpeakerMatch
{
    private static readonly string[] HeadEnds = [" of ", ",", " who ", " in ", " at ", " for ", " from ", " with ", " and ", " on ", " (", " –", " —"];

    public static bool IsCorrect(Quote quote, TextSpan? predictedSpeaker, IReadOnlyList<TextSpan> goldSpeaker, string? goldMention)
    {
        if (predictedSpeaker is { } span && goldSpeaker.Any(g => SpanMatching.Overlaps(span, g)))
        {
            return true;
        }
        var head = HeadWord(goldMention);
        return head is not null && SpeakerKey.Normalize(quote.Speaker).Split(' ').Contains(head, StringComparer.Ordinal);
    }

    /// <summary>"Joel Pollak of Breitbart California" → "pollak"; "the Clinton campaign" → "campaign".</summary>
    public static string? HeadWord(string? mention)
    {
        if (string.IsNullOrWhiteSpace(mention))
        {
            return null;
        }
        var phrase = mention;
        foreach (var end in HeadEnds)
        {
            var at = phrase.IndexOf(end, StringComparison.Ordinal);
            if (at > 0)
            {
                phrase = phrase[..at];
            }
        }
        var words = SpeakerKey.Normalize(phrase.Replace("'s", "", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : words[^1];
    }
}
