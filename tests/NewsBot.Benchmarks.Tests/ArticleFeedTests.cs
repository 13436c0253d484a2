using NewsBot.Benchmarks.Indexing;
using NewsBot.Testing;

namespace NewsBot.Benchmarks.Tests;

public sealed class ArticleFeedTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Every_readable_article_is_handed_over_in_order_with_a_commit_after_each_batch_and_at_the_end()
    {
        var first = folder.File("a.jsonl", JsonLinesArticle.Line("a1", "One.\n\nTwo.") + "{\"id\": 3}\n" + JsonLinesArticle.Line("a2", "Three."));
        var second = folder.File("b.jsonl", JsonLinesArticle.Line("a3", "Four.\n\nFive.\n\nSix."));
        var events = new List<string>();

        var counts = ArticleFeed.Run([first, second], article => events.Add(article.Id), () => events.Add("commit"), articlesPerCommit: 2);

        Assert.Equal(["a1", "a2", "commit", "a3", "commit"], events);
        Assert.Equal(new IndexedCounts(Articles: 3, Passages: 6, Rejected: 1), counts);
    }

    public void Dispose() => folder.Dispose();
}
