using NewsBot.Articles;

namespace NewsBot.Index.Tests;

/// <summary>
/// An index written by NewsBot before articles had their own stored document (Data/index-without-article-documents:
/// the seed indexed by `NewsBot index seeds` at that version). Users keep such indexes; they must read as before.
/// </summary>
public sealed class EarlierIndexTests : IDisposable
{
    private readonly TempIndexFolder folder = new();

    public EarlierIndexTests()
    {
        // A copy, so the test never changes the checked-in files.
        var earlier = Path.Combine(AppContext.BaseDirectory, "Data", "index-without-article-documents");
        Directory.CreateDirectory(folder.Path);
        foreach (var file in Directory.GetFiles(earlier))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Its_articles_are_found_and_read_back_whole_from_their_passages_and_count_as_unchanged()
    {
        using var index = folder.Open();
        var articleId = index.Search(new PassageQuery("groundless"))[0].ArticleId;

        var article = index.GetArticle(articleId);

        Assert.NotNull(article);
        Assert.Equal(TestArticles.Seed().Text, article.Text);
        Assert.Equal(TestArticles.SeedDate, article.Date);
        Assert.Equal(new IndexStatistics(1, article.Paragraphs.Count), index.Statistics());
        Assert.Equal([articleId], index.FindArticleIds(new PassageQuery("Peskov Kremlin")));
        Assert.Equal(UpsertOutcome.Unchanged, index.Upsert(article));
    }

    [Fact]
    public void An_article_updated_in_it_reads_back_as_updated()
    {
        using var index = folder.Open();
        var articleId = index.Search(new PassageQuery("groundless"))[0].ArticleId;
        var updated = ArticleBuilder.Build(new RawArticle(index.GetArticle(articleId)!.Text + "\n\nA correction was appended.")
        {
            Id = articleId,
            Title = "Corrected",
            Date = TestArticles.SeedDate,
        })!;

        Assert.Equal(UpsertOutcome.Updated, index.Upsert(updated));

        TestArticles.AssertSame(updated, index.GetArticle(articleId));
        Assert.Equal(new IndexStatistics(1, updated.Paragraphs.Count), index.Statistics());
    }
}
