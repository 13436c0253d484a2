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
    [InlineData("Mayor Jan Novak said two days ago the bridge would reopen in May.", "2021-04-12")]
    [InlineData("Earlier this week, Mayor Jan Novak said the bridge would reopen in May.", "2021-04-12")]
    [InlineData("Mayor Jan Novak said last Thursday the bridge would reopen in May.", "2021-04-08")]
    [InlineData("The day before yesterday, Mayor Jan Novak said the bridge would reopen in May.", "2021-04-12")]
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

    [Fact]
    public void The_same_relative_day_in_articles_a_week_apart_names_days_a_week_apart()
    {
        var first = Assert.Single(Extractor.Extract(FromParagraphsDated(Wednesday, "Mayor Jan Novak said yesterday the bridge would reopen.")));
        var second = Assert.Single(Extractor.Extract(FromParagraphsDated(Wednesday.AddDays(7), "Mayor Jan Novak said yesterday the bridge would reopen.")));
        var third = Assert.Single(Extractor.Extract(FromParagraphsDated(Wednesday.AddDays(1), "Mayor Jan Novak said yesterday the bridge would reopen.")));

        Assert.Equal([new DateOnly(2021, 4, 13), new DateOnly(2021, 4, 20), new DateOnly(2021, 4, 14)], new[] { first.Date, second.Date, third.Date });
    }

    [Theory]
    [InlineData("Mayor Jan Novak said 3.5 percent of the bridge would reopen.")]
    [InlineData("Mayor Jan Novak said in March that the bridge would reopen.")]
    [InlineData("Mayor Jan Novak said in 2019 that the bridge would reopen.")]
    [InlineData("Mayor Jan Novak said the bridge may reopen.")]
    public void Numbers_months_and_years_alone_do_not_date_a_statement(string sentence)
    {
        var quote = Assert.Single(Extract(sentence));

        Assert.Equal((Wednesday, DateRule.ArticleDate), (quote.Date, quote.DateRule));
    }

    [Fact]
    public void A_misspelt_day_name_leaves_the_article_date()
    {
        var quote = Assert.Single(Extract("Mayor Jan Novak said on Thurday the bridge would reopen."));

        Assert.Equal((Wednesday, DateRule.ArticleDate), (quote.Date, quote.DateRule));
    }

    [Fact]
    public void An_undated_article_cannot_place_yesterday()
    {
        var quote = Assert.Single(Extractor.Extract(FromParagraphsDated(null, "Mayor Jan Novak said yesterday the bridge would reopen.")));

        Assert.Equal((null, DateRule.Unknown), (quote.Date, quote.DateRule));
    }

    [Fact]
    public void A_full_date_is_the_same_day_whenever_the_article_was_published_but_never_after_it()
    {
        const string sentence = "On April 8, 2021, Mayor Jan Novak said the bridge would reopen.";
        var before = Assert.Single(Extractor.Extract(FromParagraphsDated(new DateOnly(2021, 4, 7), sentence)));
        var after = Assert.Single(Extractor.Extract(FromParagraphsDated(new DateOnly(2021, 6, 1), sentence)));

        Assert.Equal((new DateOnly(2021, 4, 7), DateRule.ArticleDate), (before.Date, before.DateRule));
        Assert.Equal((new DateOnly(2021, 4, 8), DateRule.ExplicitDate), (after.Date, after.DateRule));
    }
}
