using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>
/// The reporting cues of Data/cues.txt compiled into one regular expression. Kept as data so editors can widen
/// the list without touching the matching code.
/// </summary>
internal sealed class CueLexicon
{
    public const string AccordingTo = "according to";

    // Marks a cue that attributes only quotations: '"Why?" she asked' reports speech, 'she asked him to leave' does not.
    private const string QuotesOnlyMarker = "(quotes only)";

    private readonly BackgroundCompiledRegex pattern;
    // Every cue, quotes-only ones too, in one pattern: one pass finds them all, the longest at each place.
    private readonly BackgroundCompiledRegex allPattern;
    // The first words of all cues: a fast search finds where a cue can start, the pattern then checks only there. The
    // ASCII words are searched apart from the others ("―", the dash that signs a quotation): with one non-ASCII word in
    // the set, .NET's search takes its Unicode case-folding path for every character, about 40 % slower, and the cue
    // search is a quarter of quote extraction's time.
    private readonly SearchValues<string> firstWords;
    private readonly SearchValues<string>? otherFirstWords;

    // Marks a cue that reports only what a source shows: 'the poll shows Clinton ahead', not 'Trump showed his anger'.
    private const string SourcesOnlyMarker = "(sources only)";

    private CueLexicon(IReadOnlyCollection<string> lines)
    {
        sourcesOnlyCues = lines.Where(cue => cue.EndsWith(SourcesOnlyMarker, StringComparison.Ordinal))
            .Select(cue => cue[..^SourcesOnlyMarker.Length].Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var cues = lines.Select(cue => cue.EndsWith(SourcesOnlyMarker, StringComparison.Ordinal) ? cue[..^SourcesOnlyMarker.Length].Trim() : cue).ToList();
        var speechCues = cues.Where(cue => !cue.EndsWith(QuotesOnlyMarker, StringComparison.Ordinal)).ToList();
        pattern = Compile(speechCues);
        var quotesOnly = cues.Where(cue => cue.EndsWith(QuotesOnlyMarker, StringComparison.Ordinal))
            .Select(cue => cue[..^QuotesOnlyMarker.Length].Trim()).ToList();
        allPattern = Compile(speechCues.Concat(quotesOnly));
        quotesOnlyCues = quotesOnly.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var starts = cues.Select(cue => cue.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        firstWords = SearchValues.Create(starts.Where(word => Ascii.IsValid(word)).ToArray(), StringComparison.OrdinalIgnoreCase);
        var others = starts.Where(word => !Ascii.IsValid(word)).ToArray();
        otherFirstWords = others.Length > 0 ? SearchValues.Create(others, StringComparison.OrdinalIgnoreCase) : null;
    }

    private readonly HashSet<string> quotesOnlyCues;

    /// <summary>Has both patterns compiled now instead of after heavy use; done when they match with compiled code.</summary>
    internal Task Compile() => Task.WhenAll(pattern.Compile(), allPattern.Compile());

    /// <summary>True for a cue that attributes only a whole quotation: '"Why?" she asked', 'she asked: "Why?"'.</summary>
    public bool IsQuotesOnly(string cue) => quotesOnlyCues.Contains(string.Join(' ', cue.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    private readonly HashSet<string> sourcesOnlyCues;

    /// <summary>True for a cue that reports only what a poll, study or document shows: "shows", "found".</summary>
    public bool IsSourcesOnly(string cue) => sourcesOnlyCues.Contains(cue);

    private static BackgroundCompiledRegex Compile(IEnumerable<string> cues)
    {
        var alternatives = cues
            .OrderByDescending(cue => cue.Length)
            .Select(cue => string.Join(@"\s+", cue.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(word => word == "~" ? null : Regex.Escape(word)))
                .Replace(@"\s+\s+", @"\s+(?:\p{L}+\s+)?", StringComparison.Ordinal));
        // Letters, hyphens and apostrophes on either side mean the cue is part of another word ("unsaid", "re-stated").
        // \G: the pattern is tried only where the search for first words stopped.
        return new BackgroundCompiledRegex(
            @"\G(?<![\p{L}\-'’])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\-'’])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            sample: "said so");
    }

    /// <summary>The lexicon shipped with the library.</summary>
    public static CueLexicon Default { get; } = Load();

    public static CueLexicon FromLines(IEnumerable<string> lines) => new(lines
        .Select(line => line.Trim().ToLowerInvariant())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToList());

    /// <summary>
    /// Every cue in <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, in order;
    /// with <paramref name="quotesToo"/> also the cues that attribute only quotations.
    /// </summary>
    public IEnumerable<Match> Find(string text, int start, int end, bool quotesToo = false)
    {
        return FindWith((quotesToo ? allPattern : pattern).Current, text, start, end);
    }

    private List<Match> FindWith(Regex cuePattern, string text, int start, int end)
    {
        var found = new List<Match>();
        var at = start;
        // Where the next non-ASCII first word is (the range's end when there is none), kept between steps: those words
        // are rare, so searching for them afresh at every step would read the rest of the range each time.
        var nextOther = otherFirstWords is null ? end : -1;
        while (at < end)
        {
            if (nextOther < at)
            {
                var other = text.AsSpan(at, end - at).IndexOfAny(otherFirstWords!);
                nextOther = other < 0 ? end : at + other;
            }
            var ascii = text.AsSpan(at, nextOther - at).IndexOfAny(firstWords);
            var next = ascii >= 0 ? at + ascii : nextOther;
            if (next == end)
            {
                break;
            }
            var match = cuePattern.Match(text, next);
            if (!match.Success || match.Index + match.Length > end)
            {
                at = next + 1;
                continue;
            }
            // A capitalised cue word is a name ("the United States") unless it opens "According to".
            if (!char.IsUpper(match.Value[0]) || IsAccordingTo(match.Value))
            {
                found.Add(match);
            }
            at = match.Index + match.Length;
        }
        return found;
    }

    /// <summary>"saying", "adding": the speaker is the subject of the clause the gerund hangs on.</summary>
    // Cues that take the person spoken to before the content: "told journalists", "assured the public that".
    private static readonly FrozenSet<string> AudienceTakers = new[]
    {
        "told", "tells", "telling", "assured", "assures", "warned", "warns", "warning", "reminded", "promised", "promises",
        "urged", "urges",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool TakesAudience(string cue) => AudienceTakers.Contains(cue);

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
