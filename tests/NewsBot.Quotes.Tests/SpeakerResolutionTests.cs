using static NewsBot.Quotes.Tests.ArticleFactory;

namespace NewsBot.Quotes.Tests;

public sealed class SpeakerResolutionTests
{
    [Fact]
    public void QuoteAfterHeAddedBelongsToLastSpeaker()
    {
        var article = FromParagraphs(
            "\"The talks were useful,\" Foreign Minister Karl Weber told journalists.",
            "The meeting lasted three hours in Geneva.",
            "\"We will meet again next month,\" he added.");

        var quotes = Extractor.Extract(article);

        Assert.Equal(2, quotes.Count);
        Assert.Equal(("Karl Weber", "Foreign Minister", "added"), (quotes[1].Speaker, quotes[1].Role, quotes[1].Cue));
        Assert.Equal("he", article.Text[quotes[1].SpeakerSpan!.Value.Start..quotes[1].SpeakerSpan!.Value.End]);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_latest_speaker_not_the_first()
    {
        var quotes = Extract(
            "Senator Ruth Mendez said the bill would pass.",
            "Governor Alan Price said the bill was too expensive.",
            "She said she would vote for it anyway.");

        Assert.Equal("Alan Price", quotes[^1].Speaker);
    }

    [Fact]
    public void A_surname_alone_resolves_to_the_full_name_given_earlier()
    {
        var quotes = Extract(
            "Kremlin spokesman Dmitry Peskov spoke in Moscow on Monday.",
            "Peskov said the sanctions would not change Russia's position.");

        var quote = Assert.Single(quotes);
        Assert.Equal(("Dmitry Peskov", "dmitry peskov", "Kremlin spokesman"), (quote.Speaker, quote.NormalizedSpeaker, quote.Role));
    }

    [Fact]
    public void A_possessive_title_becomes_the_role()
    {
        var quote = Assert.Single(Extract("Russian President Vladimir Putin's press secretary Dmitry Peskov said the call was constructive."));

        Assert.Equal(("Dmitry Peskov", "press secretary to Russian President Vladimir Putin"), (quote.Speaker, quote.Role));
    }

    [Fact]
    public void An_appositive_after_the_name_becomes_the_role()
    {
        var quote = Assert.Single(Extract("Helga Strand, the agency's chief economist, said inflation had peaked."));

        Assert.Equal(("Helga Strand", "agency's chief economist"), (quote.Speaker, quote.Role));
        Assert.Equal("inflation had peaked", quote.Text);
    }

    [Fact]
    public void The_spokesman_resolves_to_the_person_named_as_spokesman()
    {
        var quotes = Extract(
            "Army spokesman Colonel Ivan Petrenko said two soldiers were wounded.",
            "The spokesman added that the shelling had stopped by noon.");

        Assert.All(quotes, q => Assert.Equal("Ivan Petrenko", q.Speaker));
    }

    [Fact]
    public void Organisations_are_speakers_and_keep_their_names()
    {
        var quotes = Extract(
            "The U.S. Department of Defense said the exercise was planned long ago.",
            "According to the World Health Organization, the outbreak is slowing down.",
            "On Monday, The Washington Post reported the deal had collapsed.");

        Assert.Equal(["U.S. Department of Defense", "World Health Organization", "The Washington Post"], quotes.Select(q => q.Speaker));
        Assert.Equal("us department of defense", quotes[0].NormalizedSpeaker);
        Assert.Equal("washington post", quotes[2].NormalizedSpeaker);
    }

    [Fact]
    public void Accents_are_folded_in_the_search_key()
    {
        var quote = Assert.Single(Extract("President Luiz Inácio Lula da Silva said the summit was a success."));

        Assert.Equal("Luiz Inácio Lula da Silva", quote.Speaker);
        Assert.Equal("luiz inacio lula da silva", quote.NormalizedSpeaker);
    }
}
