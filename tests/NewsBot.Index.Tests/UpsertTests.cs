using NewsBot.Articles;

namespace NewsBot.Index.Tests;

public sealed class UpsertTests : IDisposable
{
    private readonly TempIndexFolder folder = new();
    private readonly NewsIndex index;

    public UpsertTests()
    {
        index = folder.Open();
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Opening_creates_the_folder_and_an_empty_index()
    {
        Assert.True(Directory.Exists(folder.Path));
        Assert.Equal(Path.GetFullPath(folder.Path), index.Directory);
        Assert.Equal(new IndexStatistics(0, 0), index.Statistics());
    }

    [Fact]
    public void Upserting_the_same_article_twice_is_unchanged_and_stores_no_duplicates()
    {
        var seed = TestArticles.Seed();

        Assert.Equal(UpsertOutcome.Added, index.Upsert(seed));
        Assert.Equal(UpsertOutcome.Unchanged, index.Upsert(seed));
        index.Commit();
        Assert.Equal(UpsertOutcome.Unchanged, index.Upsert(seed));

        Assert.Equal(new IndexStatistics(1, seed.Paragraphs.Count), index.Statistics());
        Assert.Single(index.Search(new PassageQuery("Peskov called")), h => h.Paragraph == 2);
    }

    [Fact]
    public void Changed_text_updates_the_article_and_removes_its_old_passages()
    {
        index.Upsert(TestArticles.Invented("story", "The mayor opened a bridge.\n\nTraffic was light.\n\nA band played."));
        index.Commit();

        var outcome = index.Upsert(TestArticles.Invented("story", "The mayor closed the bridge for repairs."));

        Assert.Equal(UpsertOutcome.Updated, outcome);
        Assert.Empty(index.Search(new PassageQuery("band traffic")));
        Assert.Equal("The mayor closed the bridge for repairs.", Assert.Single(index.Search(new PassageQuery("bridge"))).Text);
        Assert.Equal(new IndexStatistics(1, 1), index.Statistics());
    }

    [Fact]
    public void An_article_upserted_twice_before_any_commit_is_reported_correctly()
    {
        Assert.Equal(UpsertOutcome.Added, index.Upsert(TestArticles.Invented("fresh", "First draft of the story.")));
        Assert.Equal(UpsertOutcome.Updated, index.Upsert(TestArticles.Invented("fresh", "Second draft of the story.")));
        Assert.Equal(UpsertOutcome.Unchanged, index.Upsert(TestArticles.Invented("fresh", "Second draft of the story.")));

        Assert.Equal(new IndexStatistics(1, 1), index.Statistics());
    }

    [Fact]
    public void Deleting_removes_every_passage_and_reports_whether_the_article_existed()
    {
        var seed = TestArticles.Seed();
        index.Upsert(seed);
        index.Upsert(TestArticles.Invented("other", "Peskov was not mentioned elsewhere."));
        index.Commit();

        Assert.True(index.Delete(seed.Id));
        Assert.False(index.Delete(seed.Id));
        Assert.False(index.Delete("never-indexed"));

        Assert.Null(index.GetArticle(seed.Id));
        Assert.All(index.Search(new PassageQuery("Peskov")), hit => Assert.Equal("other", hit.ArticleId));
        Assert.Equal(new IndexStatistics(1, 1), index.Statistics());
        Assert.Equal(UpsertOutcome.Added, index.Upsert(seed));
    }

    [Fact]
    public void An_article_deleted_right_after_it_was_upserted_is_gone()
    {
        var article = TestArticles.Invented("short-lived", "The ferry was cancelled.\n\nNo one was hurt.");

        Assert.Equal(UpsertOutcome.Added, index.Upsert(article));
        Assert.True(index.Delete(article.Id));

        Assert.Null(index.GetArticle(article.Id));
        Assert.Empty(index.Search(new PassageQuery("ferry")));
        Assert.Equal(new IndexStatistics(0, 0), index.Statistics());
    }

    [Fact]
    public void Each_version_written_in_quick_succession_replaces_the_one_before()
    {
        for (var i = 0; i < 100; i++)
        {
            index.Upsert(TestArticles.Invented($"story-{i}", "First draft about the harbour."));
            index.Upsert(TestArticles.Invented($"story-{i}", "Second draft about the harbour."));
            index.Upsert(TestArticles.Invented($"story-{i}", "Final text about the harbour.\n\nWith a second paragraph."));
        }

        Assert.Empty(index.Search(new PassageQuery("draft")));
        Assert.Equal(new IndexStatistics(100, 200), index.Statistics());
        Assert.Equal("Final text about the harbour.\n\nWith a second paragraph.", index.GetArticle("story-42")!.Text);
    }

    [Fact]
    public void An_id_too_long_to_index_is_refused_with_its_length_and_the_limit_and_the_index_keeps_working()
    {
        var longId = new string('x', 40_000);

        var error = Assert.Throws<ArgumentException>(() => index.Upsert(TestArticles.Invented(longId, "Nothing to see.")));

        Assert.StartsWith($"The id of article {new string('x', 80)}… is 40,000 bytes long; the index takes at most 32,766. Shorten it.", error.Message, StringComparison.Ordinal);
        Assert.Equal(UpsertOutcome.Added, index.Upsert(TestArticles.Invented("fine", "The index still works.")));
        index.Commit();
        Assert.Equal(new IndexStatistics(1, 1), index.Statistics());
    }

    [Fact]
    public void A_stored_article_is_rebuilt_with_the_original_text_and_offsets()
    {
        var seed = TestArticles.Seed();
        var other = TestArticles.Invented("other", "Short one.\n\nSecond paragraph here.", new DateOnly(2020, 1, 2));
        index.Upsert(seed);
        index.Upsert(other);

        TestArticles.AssertSame(seed, index.GetArticle(seed.Id));
        TestArticles.AssertSame(other, index.GetArticle(other.Id));
        Assert.Null(index.GetArticle("missing"));
    }
}
