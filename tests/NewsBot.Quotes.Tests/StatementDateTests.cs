using NewsBot.Articles;
using static NewsBot.Quotes.Tests.ArticleFactory;

namespace NewsBot.Quotes.Tests;

/// <summary>The articles here are dated Wednesday, April 14, 2021.</summary>
public sealed class StatementDateTests
{
    [Theory]
    [InlineData("On Wednesday, Mayor Jan Novak said the bridge would reopen in May.", "2021-04-14")]
    [InlineData("Mayor Jan Novak said on Tuesday the bridge would reopen in May.", "2021-04-13")]
    [InlineData("Mayor Jan Novak said yesterday the bridge would reopen in May.", "2021-04-13")]
    [InlineData("Mayor Jan Novak on Friday said the bridge would reopen in May.", "2021-04-09")]
    [InlineData("Last week, Mayor Jan Novak said the bridge would reopen in May.", "2021-04-05")]
    public void A_relative_day_is_resolved_against_the_article_date(string sentence, string expected)
    {
        var quote = Assert.Single(Extract(sentence));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), quote.Date);
        Assert.Equal(DateRule.RelativeDate, quote.DateRule);
    }

    [Theory]
    [InlineData("On April 8, 2021, Mayor Jan Novak said the bridge would reopen in May.", "2021-04-08")]
    [InlineData("On March 2, Mayor Jan Novak said the bridge would reopen in May.", "2021-03-02")]
    [InlineData("\"The bridge will reopen in May,\" Mayor Jan Novak told reporters on 12 April 2021.", "2021-04-12")]
    public void An_explicit_date_in_the_sentence_is_the_statement_date(string sentence, string expected)
    {
        var quote = Assert.Single(Extract(sentence));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), quote.Date);
        Assert.Equal(DateRule.ExplicitDate, quote.DateRule);
    }

    [Fact]
    public void Without_a_date_in_the_sentence_the_article_date_is_used()
    {
        var quote = Assert.Single(Extract("Mayor Jan Novak said the bridge would reopen after repairs."));

        Assert.Equal((Wednesday, DateRule.ArticleDate), (quote.Date, quote.DateRule));
    }

    [Fact]
    public void A_date_far_from_the_cue_dates_the_events_not_the_statement()
    {
        var quote = Assert.Single(Extract("Mayor Jan Novak said the bridge, which was closed after the storm that hit the city on March 3, would reopen."));

        Assert.Equal(DateRule.ArticleDate, quote.DateRule);
    }

    [Fact]
    public void An_undated_article_gives_undated_statements_unless_the_sentence_has_a_full_date()
    {
        var undated = Extractor.Extract(FromParagraphsDated(null,
            "Mayor Jan Novak said on Tuesday the bridge would reopen.",
            "On April 8, 2021, Mayor Jan Novak said the tunnel would close."));

        Assert.Equal([(null, DateRule.Unknown), (new DateOnly(2021, 4, 8), DateRule.ExplicitDate)],
            undated.Select(q => (q.Date, q.DateRule)));
    }
}
