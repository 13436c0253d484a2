using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Answering.Verification;

/// <summary>The [n] markers by which an answer cites its numbered sources.</summary>
internal static partial class CitationMarkers
{
    public static IReadOnlyList<int> Numbers(string text) =>
        Marker().Matches(text)
            .Select(m => int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .ToList();

    /// <summary>Rewrites every marker; <paramref name="renumber"/> returns null to drop a marker.</summary>
    public static string Rewrite(string text, Func<int, int?> renumber)
    {
        var rewritten = Marker().Replace(text, m =>
            int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && renumber(n) is { } to
                ? string.Create(CultureInfo.InvariantCulture, $"[{to}]")
                : "");
        return SpaceBeforePunctuation().Replace(rewritten, "$1").Trim();
    }

    public static string Remove(string text) => Rewrite(text, _ => null);

    [GeneratedRegex(@"\[(\d{1,4})\]")]
    internal static partial Regex Marker();

    /// <summary>Marker groups, with the sentence end that may follow them: the place a cited claim ends.</summary>
    [GeneratedRegex(@"(?:\s*\[\d{1,4}\])+[.!?]?[""'”’)]*")]
    internal static partial Regex MarkerGroup();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}
