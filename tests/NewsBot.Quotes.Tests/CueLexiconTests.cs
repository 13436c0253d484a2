namespace NewsBot.Quotes.Tests;

public sealed class CueLexiconTests
{
    private const string Text =
        "The minister said the bridge would open. \"It is safe,\" she told reporters, adding that inspectors had "
        + "signed off. Critics, according to the paper, were unsaid on the matter. \"Why?\" he asked.";

    [Fact]
    public async Task The_compiled_patterns_that_take_over_in_a_long_run_find_the_same_cues_as_the_interpreted_ones()
    {
        // Extraction starts on interpreted patterns and switches to compiled ones built in the background once a run
        // proves long; the switch must not change which cues an article yields, quotes-only cues ("asked") included.
        var lexicon = CueLexicon.FromLines(["said", "told", "adding", "according to", "asked (quotes only)", "unsaid"]);
        var beforeCompiled = Cues(lexicon);

        await lexicon.Compile();

        Assert.Equal(beforeCompiled, Cues(lexicon));
        Assert.Equal(["said", "told", "adding", "according to", "unsaid", "asked"], beforeCompiled.Select(c => c.Value));
    }

    [Fact]
    public void A_dash_signing_a_quotation_is_found_among_word_cues_and_only_with_the_quotes_only_cues()
    {
        // The dash is the lexicon's one cue that does not start with an ASCII word, so it is searched for apart from
        // the others; both searches must give every cue, in text order, each once, and respect the range.
        var lexicon = CueLexicon.FromLines(["said", "told", "― (quotes only)"]);
        const string letter = "She said so. \"We will rebuild.\" ― Mayor Anna Lindqvist, who told the council. "
            + "\"Never again.\" ― A reader. He said it twice, then said nothing.";

        var all = lexicon.Find(letter, 0, letter.Length, quotesToo: true).Select(m => (m.Index, m.Value)).ToList();
        var speechOnly = lexicon.Find(letter, 0, letter.Length).Select(m => m.Value).ToList();
        var firstSentenceAndLetter = lexicon.Find(letter, 0, letter.IndexOf("who", StringComparison.Ordinal), quotesToo: true)
            .Select(m => m.Value).ToList();

        Assert.Equal(["said", "―", "told", "―", "said", "said"], all.Select(c => c.Value));
        Assert.Equal(all.OrderBy(c => c.Index), all);
        Assert.Equal(letter.IndexOf('―'), all[1].Index);
        Assert.Equal(["said", "told", "said", "said"], speechOnly);
        Assert.Equal(["said", "―"], firstSentenceAndLetter);
    }

    private static List<(int Index, string Value)> Cues(CueLexicon lexicon) =>
        lexicon.Find(Text, 0, Text.Length, quotesToo: true).Select(m => (m.Index, m.Value)).ToList();
}
