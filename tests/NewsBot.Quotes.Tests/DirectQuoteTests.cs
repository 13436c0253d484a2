using NewsBot.Articles;
using static NewsBot.Quotes.Tests.ArticleFactory;

namespace NewsBot.Quotes.Tests;

public sealed class DirectQuoteTests
{
    [Fact]
    public void A_quote_followed_by_its_speaker_belongs_to_that_speaker()
    {
        var quote = Assert.Single(Extract("“The bridge will reopen in May,” Mayor Anna Kowalska told reporters."));

        Assert.Equal(("Anna Kowalska", "Mayor", QuoteKind.Direct, "told"), (quote.Speaker, quote.Role, quote.Kind, quote.Cue));
        Assert.Equal("The bridge will reopen in May", quote.Text);
    }

    [Fact]
    public void A_quote_followed_by_said_and_the_speaker_belongs_to_the_speaker()
    {
        var quote = Assert.Single(Extract("\"We will not resign,\" said Labour leader Tom Harris."));

        Assert.Equal(("Tom Harris", "Labour leader"), (quote.Speaker, quote.Role));
        Assert.Equal("We will not resign", quote.Text);
    }

    [Fact]
    public void A_quote_after_its_speaker_and_a_colon_or_comma_belongs_to_the_speaker()
    {
        var quotes = Extract(
            "Economist Laura Chen said: \"Prices will keep rising this year.\"",
            "Finance Minister Paul Okafor added, “We are ready for that.”");

        Assert.Equal(["Laura Chen", "Paul Okafor"], quotes.Select(q => q.Speaker));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
        Assert.Equal("We are ready for that.", quotes[1].Text);
    }

    [Fact]
    public void A_partial_quote_inside_a_sentence_is_a_direct_quote_of_the_sentences_speaker()
    {
        var quotes = Extract("The ministry said it was \"deeply worried by the floods\" in the north.");

        var direct = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(("ministry", "deeply worried by the floods"), (direct.Speaker, direct.Text));
        var reported = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.True(reported.Span.Contains(direct.Span));
    }

    [Fact]
    public void A_quote_after_says_that_is_both_the_quotation_and_the_reported_statement()
    {
        var quotes = Extract("Senator Ted Cruz says that “when you live by the pen, you die by the pen.”");

        Assert.Equal(
            [(QuoteKind.Direct, "when you live by the pen, you die by the pen."), (QuoteKind.Indirect, "“when you live by the pen, you die by the pen.”")],
            quotes.Select(q => (q.Kind, q.Text)));
        Assert.All(quotes, q => Assert.Equal(("Ted Cruz", "says"), (q.Speaker, q.Cue)));
    }

    [Fact]
    public void A_question_closing_its_sentence_still_finds_the_speaker_after_it()
    {
        var quote = Assert.Single(Extract("''Can we win Illinois?'' Mr. Paul Manafort asked."));

        Assert.Equal(("Paul Manafort", "asked", "Can we win Illinois?"), (quote.Speaker, quote.Cue, quote.Text));
    }

    [Fact]
    public void A_quote_first_sentence_with_an_unquoted_start_is_also_reported_whole()
    {
        var quotes = Extract("Senator Sanders \"has become a real leader of the movement,\" analyst Neil Sroka said.");

        Assert.Equal(
            [(QuoteKind.Indirect, "Senator Sanders \"has become a real leader of the movement,\""), (QuoteKind.Direct, "has become a real leader of the movement")],
            quotes.Select(q => (q.Kind, q.Text)));
        Assert.All(quotes, q => Assert.Equal("Neil Sroka", q.Speaker));
    }

    [Fact]
    public void A_statement_that_goes_on_after_its_quote_is_also_reported_whole()
    {
        var quotes = Extract("Governor Ellen Park said \"it makes me angry\" every time the ferry is late.");

        Assert.Equal(
            [(QuoteKind.Direct, "it makes me angry"), (QuoteKind.Indirect, "\"it makes me angry\" every time the ferry is late")],
            quotes.Select(q => (q.Kind, q.Text)));
    }

    [Fact]
    public void A_pronoun_in_a_relative_clause_is_not_a_speaker()
    {
        Assert.Empty(Extract("The crowd protested against what it called \"a clear threat to peace\"."));
    }

    [Fact]
    public void A_quote_that_runs_over_paragraphs_is_one_quote()
    {
        var article = FromParagraphs(
            "Chief engineer Maria Lopez described the repair. \"We found cracks in three beams.",
            "\"Each of them had to be replaced before trains could run again,\" she said.");

        var quote = Assert.Single(Extractor.Extract(article));

        Assert.Equal("We found cracks in three beams. Each of them had to be replaced before trains could run again", quote.Text);
        Assert.Equal("Maria Lopez", quote.Speaker);
        Assert.Equal(1, quote.Paragraph);
        Assert.StartsWith("We found cracks", article.Text[quote.Span.Start..], StringComparison.Ordinal);
        Assert.EndsWith("trains could run again", article.Text[..quote.Span.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_left_open_before_an_ordinary_paragraph_is_not_reported()
    {
        var quotes = Extract(
            "Officials said the \"plan was never meant to be public.",
            "The plan was published on Monday.");

        Assert.DoesNotContain(quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void Scare_quotes_without_a_cue_are_not_attributed_to_anyone()
    {
        var quotes = Extract("The government asked the opposition to explain its \"concerns\" and the \"red lines\" it drew.");

        Assert.Empty(quotes);
    }

    [Fact]
    public void A_quotation_paragraph_after_a_quote_continues_the_same_speaker()
    {
        var quotes = Extract(
            "\"The harvest was the worst in decades,\" farmer Jonas Berg said.",
            "\"We lost almost everything we planted in the spring.\"");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Jonas Berg", q.Speaker));
        Assert.Null(quotes[1].SpeakerSpan);
    }

    [Fact]
    public void A_quote_with_a_cue_of_its_own_does_not_continue_the_quote_before_it()
    {
        var quotes = Extract(
            "\"The harvest was the worst in decades,\" farmer Jonas Berg said.",
            "\"We lost almost everything we planted in the spring,\" the harbour master's whole family quietly said.");

        var first = Assert.Single(quotes);
        Assert.Equal("Jonas Berg", first.Speaker);
    }

    [Theory]
    [InlineData("conclude")]
    [InlineData("explain")]
    [InlineData("write")]
    public void A_plural_speaker_with_a_present_tense_cue_is_quoted(string cue)
    {
        var quote = Assert.Single(Extract($"“The harbour must stay open all winter,” the two economists {cue} in their report."));

        Assert.Equal(("economists", cue), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void The_same_quote_repeated_in_an_article_is_one_statement()
    {
        var quotes = Extract(
            "\"Nobody will be left behind,\" Governor Ellen Park said on Monday.",
            "Ellen Park spoke at the harbour.",
            "\"Nobody will be left behind,\" Park said.");

        Assert.Single(quotes);
    }

    [Theory]
    [InlineData("\"We are ready,\" said Mayor Jan Novak, \"and the dam will hold through the season.\"")]
    [InlineData("\"We are ready,\" said a city engineer, \"and the dam will hold through the season.\"")]
    public void A_quote_resuming_after_an_inverted_attribution_is_the_rest_of_the_same_statement(string sentence)
    {
        var quotes = Extract(sentence);

        Assert.Equal(2, quotes.Count);
        Assert.Equal("and the dam will hold through the season.", quotes[1].Text);
        Assert.Equal((quotes[0].Speaker, quotes[0].CueSpan, quotes[0].SpeakerSpan), (quotes[1].Speaker, quotes[1].CueSpan, quotes[1].SpeakerSpan));
    }

    [Fact]
    public void A_sentence_that_only_names_the_speaker_after_a_quoted_sentence_attributes_it()
    {
        var quote = Assert.Single(Extract("\"The dam will hold this time.\" Mayor Jan Novak said on Monday."));

        Assert.Equal(("Jan Novak", "said", "The dam will hold this time."), (quote.Speaker, quote.Cue, quote.Text));
    }

    [Fact]
    public void A_sentence_with_a_statement_of_its_own_after_a_quoted_sentence_does_not_take_the_quote()
    {
        var quote = Assert.Single(Extract("\"The dam will hold this time.\" Mayor Jan Novak said the water was falling."));

        Assert.Equal((QuoteKind.Indirect, "the water was falling"), (quote.Kind, quote.Text));
    }
}
