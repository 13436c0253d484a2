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

    private static List<(int Index, string Value)> Cues(CueLexicon lexicon) =>
        lexicon.Find(Text, 0, Text.Length, quotesToo: true).Select(m => (m.Index, m.Value)).ToList();
}
