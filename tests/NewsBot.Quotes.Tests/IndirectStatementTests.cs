using NewsBot.Articles;
using static NewsBot.Quotes.Tests.ArticleFactory;

namespace NewsBot.Quotes.Tests;

public sealed class IndirectStatementTests
{
    [Theory]
    [InlineData("Mayor Jan Novak said that the bridge would reopen in May.", "said")]
    [InlineData("Mayor Jan Novak told journalists the bridge would reopen in May.", "told")]
    [InlineData("Mayor Jan Novak assured residents that the bridge would reopen in May.", "assured")]
    [InlineData("Mayor Jan Novak has also confirmed the bridge would reopen in May.", "confirmed")]
    [InlineData("The bridge would reopen in May, Mayor Jan Novak said on Monday.", "said")]
    [InlineData("The bridge would reopen in May, said Mayor Jan Novak.", "said")]
    [InlineData("According to Mayor Jan Novak, the bridge would reopen in May.", "According to")]
    [InlineData("The bridge would reopen in May, according to Mayor Jan Novak.", "according to")]
    public void Reported_speech_in_every_common_order_names_speaker_cue_and_content(string sentence, string cue)
    {
        var quote = Assert.Single(Extract(sentence));

        Assert.Equal(("Jan Novak", "Mayor", QuoteKind.Indirect, cue), (quote.Speaker, quote.Role, quote.Kind, quote.Cue));
        Assert.Equal("the bridge would reopen in May", quote.Text, ignoreCase: true);
    }

    [Fact]
    public void Expressed_concern_over_is_a_cue_with_its_possessive()
    {
        var quote = Assert.Single(Extract("Chancellor Olaf Berg expressed his concern over the rising energy prices."));

        Assert.Equal(("Olaf Berg", "expressed his concern over", "the rising energy prices"), (quote.Speaker, quote.Cue, quote.Text));
    }

    [Theory]
    [InlineData("The minister is said to be planning a reshuffle.")]
    [InlineData("The reports of a reshuffle were denied to be true by nobody in particular.")]
    [InlineData("The United States sent a delegation to the talks.")]
    [InlineData("Troops were reportedly moving toward the border.")]
    public void Sentences_without_a_speaking_subject_are_not_statements(string sentence)
    {
        Assert.Empty(Extract(sentence));
    }

    [Fact]
    public void The_cue_list_is_data_and_unknown_verbs_are_not_cues()
    {
        var lexicon = CueLexicon.FromLines(["# a comment", "", "whispered"]);
        var extractor = new QuoteExtractor(lexicon);

        var quotes = extractor.Extract(FromParagraphs("Agent Lena Fox whispered that the door was open.", "Agent Lena Fox said that the car was gone."));

        var quote = Assert.Single(quotes);
        Assert.Equal(("whispered", "the door was open"), (quote.Cue, quote.Text));
    }

    [Fact]
    public void What_a_poll_shows_is_reported_but_a_person_showing_something_is_not()
    {
        var quotes = Extract(
            "A new survey shows that most residents want the ferry to run all winter.",
            "Mayor Jan Novak showed the new ferry to the visitors from the capital.");

        var shown = Assert.Single(quotes);
        Assert.Equal(("new survey", "shows", "most residents want the ferry to run all winter"), (shown.Speaker, shown.Cue, shown.Text));
    }
}

public sealed class ReportedSpeechHoldingAQuotationTests
{
    [Fact]
    public void Reported_speech_that_opens_a_quotation_runs_to_its_closing_mark_across_the_quoted_sentences()
    {
        var quotes = Extract("Mayor Jan Novak said the town \"will not give up. The dam is strong and the water is falling.\" Then she left.");

        var reported = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("the town \"will not give up. The dam is strong and the water is falling.\"", reported.Text);
        var quoted = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.True(reported.Span.Contains(quoted.Span));
    }

    [Fact]
    public void A_short_object_with_a_quotation_is_a_reported_statement_and_not_an_adjunct()
    {
        var quotes = Extract("Mayor Jan Novak called it \"reckless.\" Then she left.");

        var reported = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal(("Jan Novak", "called", "it \"reckless.\""), (reported.Speaker, reported.Cue, reported.Text));
    }

    [Fact]
    public void A_short_object_without_a_quotation_is_still_no_statement()
    {
        Assert.Empty(Extract("Mayor Jan Novak called Eva Berg."));
    }

    [Fact]
    public void A_quotation_run_straight_on_after_an_object_completes_the_statement_about_it()
    {
        var quotes = Extract("Mayor Jan Novak went after Eva Berg, calling her \"a total failure.\" Then she left.");

        var reported = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal(("Jan Novak", "calling", "her \"a total failure.\""), (reported.Speaker, reported.Cue, reported.Text));
        var quoted = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.True(reported.Span.Contains(quoted.Span));
    }

    [Fact]
    public void A_quotation_after_the_audience_of_told_is_the_whole_statement()
    {
        var quote = Assert.Single(Extract("Mayor Jan Novak told reporters \"we are ready for the flood.\""));

        Assert.Equal((QuoteKind.Direct, "told", "we are ready for the flood."), (quote.Kind, quote.Cue, quote.Text));
    }
}
