using NewsBot.Articles;
using static NewsBot.Quotes.Tests.ArticleFactory;

namespace NewsBot.Quotes.Tests;

/// <summary>When a quotation is the whole statement, and whose it is when the speaker is not next to the cue.</summary>
public sealed class QuotationBoundaryTests
{
    [Theory]
    [InlineData("Mayor Jan Novak told CNN, \"We are ready for the flood season.\"")]
    [InlineData("Mayor Jan Novak said in a statement: \"We are ready for the flood season.\"")]
    [InlineData("Holding up the report, Mayor Jan Novak said, \"We are ready for the flood season.\"")]
    public void A_full_sentence_quoted_after_a_comma_or_colon_is_the_whole_statement(string sentence)
    {
        var quote = Assert.Single(Extract(sentence));

        Assert.Equal((QuoteKind.Direct, "Jan Novak", "We are ready for the flood season."), (quote.Kind, quote.Speaker, quote.Text));
    }

    [Fact]
    public void A_quote_that_continues_the_words_before_the_speaker_is_still_reported_whole()
    {
        var quotes = Extract("The new dam, Mayor Jan Novak said, \"is the best money the town ever spent.\"");

        Assert.Contains(quotes, q => q.Kind == QuoteKind.Indirect && q.Text.StartsWith("The new dam", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_verb_joined_by_and_is_spoken_by_the_first_verbs_subject()
    {
        var quotes = Extract(
            "Mayor Jan Novak visited the dam and said, \"We are ready for the flood season.\"",
            "Senator Eva Berg inspected the gates and said the town was ready for the floods.");

        Assert.Equal(
            [(QuoteKind.Direct, "Jan Novak"), (QuoteKind.Indirect, "Eva Berg")],
            quotes.Select(q => (q.Kind, q.Speaker)));
    }

    [Theory]
    [InlineData("Senator Jan Novak (D-Ohio), said, \"We are ready for the flood season.\"")]
    [InlineData("Senator Jan Novak (D-Ohio) visited the dam, saying: \"We are ready for the flood season.\"")]
    public void A_bracketed_party_label_does_not_hide_the_speaker(string sentence)
    {
        var quote = Assert.Single(Extract(sentence), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("Jan Novak", quote.Speaker);
    }

    [Fact]
    public void A_short_quoted_sentence_after_an_attributed_quote_continues_it()
    {
        var quotes = Extract("\"The dam will hold,\" Mayor Jan Novak told reporters. \"It is strong.\"");

        Assert.Equal([("The dam will hold", "Jan Novak"), ("It is strong.", "Jan Novak")], quotes.Select(q => (q.Text, q.Speaker)));
    }

    [Fact]
    public void A_short_quoted_phrase_is_not_taken_for_a_continued_quote()
    {
        var quotes = Extract("\"The dam will hold,\" Mayor Jan Novak told reporters. \"Experts\" disagreed.");

        Assert.Equal(["The dam will hold"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void A_full_sentence_quoted_after_a_comma_stays_whole_when_another_clause_follows()
    {
        var quotes = Extract("Mayor Jan Novak said of the storm, \"I have never seen such water,\" adding that the town would rebuild.");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(("I have never seen such water", "said"), (quote.Text, quote.Cue));
        Assert.DoesNotContain(quotes, q => q.Kind == QuoteKind.Indirect && q.Cue == "said");
    }

    [Theory]
    [InlineData("Mayor Jan Novak spoke on the radio, saying: \"We won the vote! Thanks to everyone who came.\"")]
    [InlineData("\"The vote was close,\" Mayor Jan Novak said, adding, \"We won it! Thanks to everyone who came.\"")]
    public void A_gerund_after_a_clause_with_a_comma_is_spoken_by_the_clauses_subject(string sentence)
    {
        var quote = Assert.Single(Extract(sentence), q => q.Text.StartsWith("We won", StringComparison.Ordinal));

        Assert.Equal((QuoteKind.Direct, "Jan Novak"), (quote.Kind, quote.Speaker));
    }

    [Fact]
    public void Words_that_introduce_a_quote_with_a_colon_are_not_part_of_the_speakers_statement()
    {
        var quotes = Extract("Her verdict: “The ferry must run all winter,” Mayor Ana Novak said. “We are ready.”");

        Assert.All(quotes, q => Assert.Equal((QuoteKind.Direct, "Ana Novak"), (q.Kind, q.Speaker)));
        Assert.Equal(["The ferry must run all winter", "We are ready."], quotes.Select(q => q.Text));
    }

    [Fact]
    public void A_gerund_right_after_a_quote_speaks_the_next_quote_for_the_same_speaker()
    {
        var quotes = Extract("In a letter, Ana Novak called the delay a “breach of trust,” adding: “I am informing the council today.”");

        var added = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct && q.Text == "I am informing the council today.");
        Assert.Equal(("Ana Novak", "adding"), (added.Speaker, added.Cue));
    }

    [Fact]
    public void A_quoted_fragment_before_according_to_is_part_of_the_reported_statement()
    {
        var quotes = Extract("Lind leads among \"very liberal\" voters, according to the poll.");

        var reported = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        var fragment = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(("very liberal", reported.CueSpan), (fragment.Text, fragment.CueSpan));
        Assert.True(reported.Span.Contains(fragment.Span));
    }

    [Fact]
    public void Words_before_a_quote_that_attribute_the_quote_before_it_are_not_part_of_its_statement()
    {
        var quotes = Extract("“We are ready for anything.” ― Eva Berg “The dam will hold this time, I am sure of it.” ― Jan Novak");

        Assert.Equal(
            [(QuoteKind.Direct, "Eva Berg", "We are ready for anything."), (QuoteKind.Direct, "Jan Novak", "The dam will hold this time, I am sure of it.")],
            quotes.Select(q => (q.Kind, q.Speaker, q.Text)));
    }
}
