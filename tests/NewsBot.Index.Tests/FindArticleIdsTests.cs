namespace NewsBot.Index.Tests;

public sealed class FindArticleIdsTests : IDisposable
{
    private readonly TempIndexFolder folder = new();
    private readonly NewsIndex index;

    public FindArticleIdsTests()
    {
        index = folder.Open();
        index.Upsert(TestArticles.Invented("harbour", "The harbour master closed the harbour.\n\nShips waited outside the harbour all night."));
        index.Upsert(TestArticles.Invented("market", "The market opened late.\n\nA harbour crane was repaired."));
        index.Upsert(TestArticles.Invented("school", "The school reopened on Monday."));
        index.Upsert(TestArticles.Invented("wire-1", "A lighthouse keeper retired after forty years.", new DateOnly(2021, 5, 1)));
        index.Upsert(TestArticles.Invented("wire-2", "A lighthouse keeper retired after forty years.", new DateOnly(2021, 5, 2)));
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void The_articles_of_the_best_passages_come_best_first_each_once()
    {
        var ids = index.FindArticleIds(new PassageQuery("harbour") { Limit = 10 });

        Assert.Equal(["harbour", "market"], ids);
        Assert.Equal(
            index.Search(new PassageQuery("harbour") { Limit = 10 }).Select(h => h.ArticleId).Distinct(StringComparer.Ordinal),
            ids);
    }

    [Fact]
    public void Copies_of_one_text_under_other_ids_are_named_once()
    {
        var ids = index.FindArticleIds(new PassageQuery("lighthouse keeper") { Limit = 10 });

        Assert.Equal(2, index.Search(new PassageQuery("lighthouse keeper") { Limit = 10 }).Count);
        Assert.Single(ids);
        Assert.StartsWith("wire-", ids[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_with_no_searchable_words_is_refused_as_a_search_is()
    {
        var error = Assert.Throws<ArgumentException>(() => index.FindArticleIds(new PassageQuery("the and")));

        Assert.StartsWith("The query has no searchable words.", error.Message, StringComparison.Ordinal);
    }
}
