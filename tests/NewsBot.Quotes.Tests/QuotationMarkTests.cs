using NewsBot.Articles;
using static NewsBot.Quotes.Tests.ArticleFactory;

namespace NewsBot.Quotes.Tests;

/// <summary>Quotation marks as printed, misprints included.</summary>
public sealed class QuotationMarkTests
{
    [Fact]
    public void A_quotation_left_unclosed_before_the_next_one_opens_ends_with_its_last_sentence()
    {
        var quotes = Extract("\"The stereotyping is still strong here,\" he said. \"They think every person from the valley is a farmer.  \"And they still believe that we ride horses,\" he said.");

        Assert.Equal(
            ["The stereotyping is still strong here", "They think every person from the valley is a farmer.", "And they still believe that we ride horses"],
            quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("he", q.Speaker));
    }

    [Fact]
    public void An_opening_curly_mark_glued_to_the_end_of_a_sentence_closes_the_quotation()
    {
        var quotes = Extract("“The risk is out of balance,” the group wrote. “A course correction is needed now.“ Then the letter ended.");

        Assert.Equal(["The risk is out of balance", "A course correction is needed now."], quotes.Select(q => q.Text));
    }

    [Fact]
    public void A_closing_curly_mark_before_a_word_opens_the_quotation()
    {
        var quote = Assert.Single(Extract("Mayor Jan Novak said: ”We will see about the dam in spring.” Then he left."));

        Assert.Equal(("Jan Novak", "We will see about the dam in spring."), (quote.Speaker, quote.Text));
    }

    [Fact]
    public void A_headline_quoting_its_speaker_in_straight_single_quotes_is_a_quote()
    {
        var quote = Assert.Single(Extract("Mayor Novak: 'We'll rebuild the bridge by May.'", "The mayor spoke on Monday."));

        Assert.Equal(("Novak", "We'll rebuild the bridge by May."), (quote.Speaker, quote.Text));
    }

    [Fact]
    public void A_straight_single_quote_that_does_not_close_its_paragraph_is_an_apostrophe()
    {
        Assert.Empty(Extract("The mayor's view: 'tis the season for floods, and the river knows it.", "Nothing more was said."));
    }
}
