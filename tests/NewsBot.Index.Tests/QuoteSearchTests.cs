using NewsBot.Articles;

namespace NewsBot.Index.Tests;

/// <summary>Statements stored with their article, as the quote extractor hands them over (built by hand here).</summary>
public sealed class QuoteSearchTests : IDisposable
{
    private static readonly DateOnly April14 = new(2021, 4, 14);
    private readonly TempIndexFolder folder = new();
    private readonly NewsIndex index;

    public QuoteSearchTests()
    {
        index = folder.Open();
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void A_surname_finds_the_statements_of_the_full_name()
    {
        var article = Article("a1", "\"The concern is groundless,\" Peskov told journalists. \"Talks go on,\" Lavrov said.");
        index.Upsert(article, [Said(article, "Dmitry Peskov", "The concern is groundless"), Said(article, "Sergey Lavrov", "Talks go on")]);

        var hits = index.SearchQuotes(new QuoteQuery { Speaker = "Peskov" });

        var hit = Assert.Single(hits);
        Assert.Equal(("Dmitry Peskov", "The concern is groundless"), (hit.Speaker, hit.Text));
        Assert.Equal("The concern is groundless", article.Text[hit.Source.Start..hit.Source.End]);
        Assert.Equal(("a1", 1, April14), (hit.Source.ArticleId, hit.Source.Paragraph, hit.Source.ArticleDate));
    }

    [Fact]
    public void Statements_are_found_by_topic_and_by_the_day_they_were_made()
    {
        var article = Article("a1", "\"The concern is groundless,\" Peskov told journalists. \"Talks go on,\" Lavrov said.");
        index.Upsert(article, [
            Said(article, "Dmitry Peskov", "The concern is groundless", new DateOnly(2021, 4, 13)),
            Said(article, "Sergey Lavrov", "Talks go on")]);

        Assert.Equal(["Dmitry Peskov"], index.SearchQuotes(new QuoteQuery { About = "concerns" }).Select(h => h.Speaker));
        Assert.Equal(["Sergey Lavrov"], index.SearchQuotes(new QuoteQuery { From = April14 }).Select(h => h.Speaker));
        Assert.Equal(["Dmitry Peskov"], index.SearchQuotes(new QuoteQuery { To = new DateOnly(2021, 4, 13) }).Select(h => h.Speaker));
    }

    [Fact]
    public void The_same_words_reported_by_two_articles_are_one_statement_with_two_sources()
    {
        var first = Article("a1", "\"The concern is groundless,\" Peskov told journalists.");
        var second = Article("a2", "Peskov said: “The concern is groundless.” Nothing more.");
        index.Upsert(first, [Said(first, "Dmitry Peskov", "The concern is groundless")]);
        index.Upsert(second, [Said(second, "Dmitry Peskov", "The concern is groundless.")]);

        var hit = Assert.Single(index.SearchQuotes(new QuoteQuery { Speaker = "Dmitry Peskov" }));

        Assert.Equal(["a1", "a2"], new[] { hit.Source }.Concat(hit.OtherSources).Select(s => s.ArticleId).Order());
    }

    [Fact]
    public void Reindexing_an_article_replaces_its_statements_and_deleting_it_removes_them()
    {
        var article = Article("a1", "\"The concern is groundless,\" Peskov told journalists.");
        index.Upsert(article, [Said(article, "Dmitry Peskov", "The concern is groundless")]);
        var corrected = Article("a1", "\"The concern is baseless,\" Peskov told journalists.");

        index.Upsert(corrected, [Said(corrected, "Dmitry Peskov", "The concern is baseless")]);

        Assert.Equal(["The concern is baseless"], index.SearchQuotes(new QuoteQuery { Speaker = "Peskov" }).Select(h => h.Text));
        index.Delete("a1");
        Assert.Empty(index.SearchQuotes(new QuoteQuery { Speaker = "Peskov" }));
    }

    [Fact]
    public void Statements_do_not_count_as_passages_or_change_passage_search()
    {
        var article = Article("a1", "\"The concern is groundless,\" Peskov told journalists.");
        index.Upsert(article, [Said(article, "Dmitry Peskov", "The concern is groundless")]);

        Assert.Equal(new IndexStatistics(1, 1), index.Statistics());
        Assert.Single(index.Search(new PassageQuery("groundless")));
        Assert.Equal(article.Text, index.GetArticle("a1")!.Text);
    }

    [Fact]
    public void Passages_score_the_same_whether_or_not_statements_are_stored_beside_them()
    {
        var articles = new[]
        {
            Article("a1", "\"The concern is groundless,\" Peskov told journalists. Troops moved to the border."),
            Article("a2", "The harbour reopened on Friday. The mayor said the concern was gone."),
            Article("a3", "Troops left the border region after talks, officials said."),
        };
        using var plainFolder = new TempIndexFolder();
        using var plain = plainFolder.Open();
        foreach (var article in articles)
        {
            plain.Upsert(article);
            index.Upsert(article, [Said(article, "Dmitry Peskov", article.Paragraphs[0].Text[..10])]);
        }

        var withStatements = index.Search(new PassageQuery("concern border troops")).Select(h => (h.ArticleId, h.Score));
        var without = plain.Search(new PassageQuery("concern border troops")).Select(h => (h.ArticleId, h.Score));

        Assert.Equal(without, withStatements);
    }

    [Fact]
    public void Holds_tells_whether_reindexing_would_change_anything()
    {
        var article = Article("a1", "Some words.");
        Assert.False(index.Holds(article));

        index.Upsert(article);

        Assert.True(index.Holds(article));
        Assert.False(index.Holds(Article("a1", "Other words.")));
    }

    [Fact]
    public void A_speaker_without_a_searchable_name_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => index.SearchQuotes(new QuoteQuery { Speaker = "the" }));

        Assert.StartsWith("The speaker has no searchable name.", error.Message, StringComparison.Ordinal);
    }

    private static Article Article(string id, string body) => TestArticles.Invented(id, body, April14);

    private static Quote Said(Article article, string speaker, string words, DateOnly? date = null)
    {
        var start = article.Text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' should be in the article");
        return new Quote(speaker, speaker.ToLowerInvariant(), null, QuoteKind.Direct, "said", words,
            new TextSpan(start, start + words.Length), 1, date ?? April14, date is null ? DateRule.ArticleDate : DateRule.ExplicitDate, null, null);
    }
}
