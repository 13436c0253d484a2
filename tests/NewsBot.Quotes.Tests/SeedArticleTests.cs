using NewsBot.Articles;

namespace NewsBot.Quotes.Tests;

/// <summary>Every statement of the seed article (Peskov, Biden, Khomchak, the NYT, the Pentagon, the Ukrainian army).</summary>
public sealed class SeedArticleTests
{
    private static readonly Article Article = SeedArticle.Load();
    private static readonly IReadOnlyList<Quote> Quotes = ArticleFactory.Extractor.Extract(Article);

    private static Quote Find(string words) =>
        Assert.Single(Quotes, q => q.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void The_seed_article_has_exactly_the_statements_an_editor_would_list()
    {
        var summary = Quotes.Select(q => $"{q.Kind} {q.Speaker}: {string.Join(' ', q.Text.Split(' ').Take(4))}").ToList();

        Assert.Equal(
        [
            "Indirect Dmitry Peskov: the U.S. concern over",
            "Direct Dmitry Peskov: We believe that anyone's",
            "Direct Dmitry Peskov: Washington may perfectly use",
            "Indirect Joe Biden: the sudden Russian military",
            "Indirect Ruslan Khomchak: Russia had deployed 28",
            "Indirect Armed Forces of Ukraine: enemy troops are reinforcing",
            "Indirect The New York Times: Russia was pulling 4,000",
            "Direct U.S. Department of Defense: aware of Russian troop",
            "Indirect U.S. Department of Defense: it was \"aware of",
            "Indirect Ruslan Khomchak: the situation was under",
            "Direct Ruslan Khomchak: We have foreseen appropriate",
        ], summary);
    }

    [Fact]
    public void Peskovs_repeated_groundless_quote_is_reported_once_and_dated_by_on_Wednesday()
    {
        var quote = Find("is groundless");

        Assert.Equal("Dmitry Peskov", quote.Speaker);
        Assert.Equal("dmitry peskov", quote.NormalizedSpeaker);
        Assert.Equal("press secretary to Russian President Vladimir Putin", quote.Role);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("told", quote.Cue);
        Assert.Equal(new DateOnly(2021, 4, 14), quote.Date);
        Assert.Equal(DateRule.RelativeDate, quote.DateRule);
        Assert.Equal(quote.Text, Article.Text[quote.Span.Start..quote.Span.End]);
        Assert.StartsWith("We believe that anyone's concern", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Peskov", Article.Text[quote.SpeakerSpan!.Value.Start..quote.SpeakerSpan.Value.End]);
    }

    [Fact]
    public void He_added_gives_the_Washington_quote_to_Peskov()
    {
        var quote = Find("Washington may perfectly use its influence");

        Assert.Equal("Dmitry Peskov", quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("added", quote.Cue);
        Assert.Equal("Washington may perfectly use its influence on Kyiv to induce Ukrainians to abandon provocative actions", quote.Text);
        Assert.Equal(5, quote.Paragraph);
    }

    [Fact]
    public void Peskovs_reported_call_names_his_full_role_and_the_article_date()
    {
        var quote = Find("the U.S. concern over the build-up");

        Assert.Equal("Dmitry Peskov", quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("called", quote.Cue);
        Assert.EndsWith("groundless", quote.Text, StringComparison.Ordinal);
        Assert.Equal(DateRule.ArticleDate, quote.DateRule);
        Assert.Equal(new DateOnly(2021, 4, 14), quote.Date);
    }

    [Fact]
    public void Bidens_concern_is_dated_April_13_by_the_paragraph_that_opens_with_it()
    {
        var quote = Find("the sudden Russian military build-up");

        Assert.Equal("Joe Biden", quote.Speaker);
        Assert.Equal("U.S. President", quote.Role);
        Assert.Equal("expressed his concern over", quote.Cue);
        Assert.Equal(new DateOnly(2021, 4, 13), quote.Date);
        Assert.Equal(DateRule.ExplicitDate, quote.DateRule);
    }

    [Fact]
    public void Khomchak_said_on_March_30_with_his_role_from_the_appositive()
    {
        var quote = Find("Russia had deployed 28 battalion tactical groups");

        Assert.Equal("Ruslan Khomchak", quote.Speaker);
        Assert.Equal("Commander-in-Chief of the Armed Forces of Ukraine, Colonel-General", quote.Role);
        Assert.Equal("said", quote.Cue);
        Assert.Equal(new DateOnly(2021, 3, 30), quote.Date);
        Assert.Equal(DateRule.ExplicitDate, quote.DateRule);
    }

    [Fact]
    public void Khomchaks_assurance_and_his_direct_quote_are_both_from_April_8()
    {
        var assurance = Find("the situation was under control");
        var direct = Find("We have foreseen appropriate measures");

        Assert.Equal(("Ruslan Khomchak", QuoteKind.Indirect, "assured"), (assurance.Speaker, assurance.Kind, assurance.Cue));
        Assert.Equal(("Ruslan Khomchak", QuoteKind.Direct, "said"), (direct.Speaker, direct.Kind, direct.Cue));
        Assert.All([assurance, direct], q => Assert.Equal((new DateOnly(2021, 4, 8), DateRule.ExplicitDate), (q.Date, q.DateRule)));
    }

    [Fact]
    public void The_New_York_Times_reported_on_March_31()
    {
        var quote = Find("Russia was pulling 4,000 troops");

        Assert.Equal("The New York Times", quote.Speaker);
        Assert.Equal("new york times", quote.NormalizedSpeaker);
        Assert.Null(quote.Role);
        Assert.Equal(new DateOnly(2021, 3, 31), quote.Date);
    }

    [Fact]
    public void The_Department_of_Defense_is_quoted_partially_inside_its_reported_statement()
    {
        var direct = Assert.Single(Quotes, q => q.Kind == QuoteKind.Direct && q.Speaker == "U.S. Department of Defense");
        var reported = Assert.Single(Quotes, q => q.Kind == QuoteKind.Indirect && q.Speaker == "U.S. Department of Defense");

        Assert.Equal("aware of Russian troop movements", direct.Text);
        Assert.True(reported.Span.Contains(direct.Span));
        Assert.EndsWith("in eastern Ukraine", reported.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void According_to_the_Armed_Forces_of_Ukraine_attributes_the_reinforcements()
    {
        var quote = Find("enemy troops are reinforcing");

        Assert.Equal("Armed Forces of Ukraine", quote.Speaker);
        Assert.Equal("According to", quote.Cue);
        Assert.Equal(DateRule.ArticleDate, quote.DateRule);
    }

    [Fact]
    public void The_scare_quoted_provocations_and_the_is_said_to_passive_are_not_statements()
    {
        Assert.DoesNotContain(Quotes, q => q.Text.Contains("provocations", StringComparison.Ordinal));
        Assert.DoesNotContain(Quotes, q => q.Text.Contains("planning to bring up", StringComparison.Ordinal));
    }
}
