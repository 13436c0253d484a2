using System.Collections.Frozen;

namespace NewsBot.Quotes;

/// <summary>
/// One shared string for each of the most frequent words, so tokenising every sentence of every article does not
/// allocate a new "the", "said" or "," each time: those allocations were most of the garbage extraction made.
/// </summary>
internal static class CommonWords
{
    private static readonly FrozenSet<string> Words = Build();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word as a string: the shared one when it is common, a new one otherwise.</summary>
    public static string Text(ReadOnlySpan<char> word) =>
        Lookup.TryGetValue(word, out var shared) ? shared : word.ToString();

    private static FrozenSet<string> Build()
    {
        var frequent = """
            the of and to in a that is was for on it with as he she at by his her from be have has had are were this but
            not they an who which their its or will would been also after more than one two about there when we i you
            them him up out said says say told added according new first last year years people government president
            over into could should may can i'm it's state states united week percent million time other some all no
            if so what do does did just like because while during before since between under against through only
            most many any each both such these those then now very well back even still also where how why our us my
            me your do don't didn't isn't wasn't can't won't there's that's he's she's we're they're you're i've
            make made get got go going went take took see saw know knew think come came give gave use used find work
            day days month months today yesterday monday tuesday wednesday thursday friday saturday sunday
            january february march april june july august september october november december
            country city world national public house party campaign election police official officials group
            former including around against among another being same own part while until without within where
            """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in frequent.Concat(SpeakerLexicon.Titles).Concat(SpeakerLexicon.Determiners).Concat(SpeakerLexicon.NameConnectors)
            .Concat(SpeakerLexicon.BetweenSpeakerAndCue).Concat(SpeakerLexicon.Pronouns).Concat(SpeakerLexicon.NotReportingBefore))
        {
            words.Add(word);
            words.Add(char.ToUpperInvariant(word[0]) + word[1..]); // "The", "He", "President" open sentences and names
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
