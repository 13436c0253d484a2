namespace NewsBot.Index.Tests;

public sealed class PersistenceTests : IDisposable
{
    private readonly TempIndexFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Committed_articles_are_found_after_reopening_the_folder()
    {
        var seed = TestArticles.Seed();
        using (var index = folder.Open())
        {
            index.Upsert(seed);
            index.Commit();
        }

        using var reopened = folder.Open();

        Assert.Equal(new IndexStatistics(1, seed.Paragraphs.Count), reopened.Statistics());
        Assert.Contains(reopened.Search(new PassageQuery("groundless")), hit => hit.ArticleId == seed.Id);
        Assert.Equal(UpsertOutcome.Unchanged, reopened.Upsert(seed));
    }

    [Fact]
    public void Closing_the_index_commits_pending_changes()
    {
        using (var index = folder.Open())
        {
            index.Upsert(TestArticles.Invented("kept", "Pending when the index closed."));
        }

        using var reopened = folder.Open();

        Assert.Equal("kept", Assert.Single(reopened.Search(new PassageQuery("pending"))).ArticleId);
    }

    [Fact]
    public void Deletions_persist_across_reopening()
    {
        using (var index = folder.Open())
        {
            index.Upsert(TestArticles.Invented("gone", "Soon to be deleted."));
            index.Upsert(TestArticles.Invented("stays", "Staying for good."));
            index.Commit();
            index.Delete("gone");
            index.Commit();
        }

        using var reopened = folder.Open();

        Assert.Null(reopened.GetArticle("gone"));
        Assert.NotNull(reopened.GetArticle("stays"));
        Assert.Equal(new IndexStatistics(1, 1), reopened.Statistics());
    }

    [Fact]
    public void A_closed_index_refuses_further_use()
    {
        var index = folder.Open();
        index.Dispose();
        index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Upsert(TestArticles.Seed()));
        Assert.Throws<ObjectDisposedException>(() => index.Search(new PassageQuery("Peskov")));
    }
}
