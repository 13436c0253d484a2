using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>
/// The reporting cues of Data/cues.txt compiled into one regular expression. Kept as data so editors can widen
/// the list without touching the matching code.
/// </summary>
internal sealed class CueLexicon
{
    public const string AccordingTo = "according to";

    private readonly Regex pattern;

    private CueLexicon(IEnumerable<string> cues)
    {
        var alternatives = cues
            .OrderByDescending(cue => cue.Length)
            .Select(cue => string.Join(@"\s+", cue.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(word => word == "~" ? null : Regex.Escape(word)))
                .Replace(@"\s+\s+", @"\s+(?:\p{L}+\s+)?", StringComparison.Ordinal));
        // Letters, hyphens and apostrophes on either side mean the cue is part of another word ("unsaid", "re-stated").
        pattern = new Regex(
            @"(?<![\p{L}\-'’])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\-'’])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The lexicon shipped with the library.</summary>
    public static CueLexicon Default { get; } = Load();

    public static CueLexicon FromLines(IEnumerable<string> lines) => new(lines
        .Select(line => line.Trim().ToLowerInvariant())
        .Where(line => line.Length > 0 && !line.StartsWith('#')));

    /// <summary>Every cue in <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public IEnumerable<Match> Find(string text, int start, int end)
    {
        var match = pattern.Match(text, start, end - start);
        while (match.Success)
        {
            // A capitalised cue word is a name ("the United States") unless it opens "According to".
            if (!char.IsUpper(match.Value[0]) || IsAccordingTo(match.Value))
            {
                yield return match;
            }
            match = match.NextMatch();
        }
    }

    /// <summary>"saying", "adding": the speaker is the subject of the clause the gerund hangs on.</summary>
    public static bool IsGerund(string cue) => cue.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !IsAccordingTo(cue);

    public static bool IsAccordingTo(string cue) =>
        cue.StartsWith("according", StringComparison.OrdinalIgnoreCase);

    private static CueLexicon Load()
    {
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream("NewsBot.Quotes.Data.cues.txt")
            ?? throw new InvalidOperationException("The cue list NewsBot.Quotes.Data.cues.txt is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return FromLines(lines);
    }
}
