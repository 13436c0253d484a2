namespace NewsBot.Index.Tests;

public sealed class DateFilterTests : IDisposable
{
    private readonly TempIndexFolder folder = new();
    private readonly NewsIndex index;

    public DateFilterTests()
    {
        index = folder.Open();
        index.Upsert(TestArticles.Invented("apr13", "The harbour reopened after the storm.", new DateOnly(2021, 4, 13)));
        index.Upsert(TestArticles.Invented("apr14", "Harbour workers went on strike.", new DateOnly(2021, 4, 14)));
        index.Upsert(TestArticles.Invented("apr15", "The harbour strike ended.", new DateOnly(2021, 4, 15)));
        index.Upsert(TestArticles.Invented("undated", "A harbour seal was seen near the pier."));
        index.Commit();
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    private string[] FoundIds(DateOnly? from, DateOnly? to) =>
        index.Search(new PassageQuery("harbour") { From = from, To = to })
            .Select(hit => hit.ArticleId).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Without_dates_every_article_is_searched()
    {
        Assert.Equal(["apr13", "apr14", "apr15", "undated"], FoundIds(null, null));
    }

    [Fact]
    public void Both_bounds_of_a_date_range_are_included()
    {
        Assert.Equal(["apr14", "apr15"], FoundIds(new DateOnly(2021, 4, 14), new DateOnly(2021, 4, 15)));
        Assert.Equal(["apr14"], FoundIds(new DateOnly(2021, 4, 14), new DateOnly(2021, 4, 14)));
    }

    [Fact]
    public void A_single_bound_leaves_the_other_side_open_and_excludes_undated_articles()
    {
        Assert.Equal(["apr14", "apr15"], FoundIds(new DateOnly(2021, 4, 14), null));
        Assert.Equal(["apr13"], FoundIds(null, new DateOnly(2021, 4, 13)));
    }

    [Fact]
    public void A_hit_carries_its_article_date_or_none()
    {
        var hits = index.Search(new PassageQuery("harbour"));

        Assert.Equal(new DateOnly(2021, 4, 13), Assert.Single(hits, h => h.ArticleId == "apr13").Date);
        Assert.Null(Assert.Single(hits, h => h.ArticleId == "undated").Date);
    }
}
