namespace NewsBot.Index.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private const int Articles = 300;
    private const int CommitEvery = 25;

    private readonly TempIndexFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Searches_running_while_another_thread_indexes_see_committed_articles_and_never_fail()
    {
        using var index = folder.Open();
        var committed = 0;
        var indexingDone = false;

        var writer = Task.Run(() =>
        {
            for (var i = 1; i <= Articles; i++)
            {
                index.Upsert(TestArticles.Invented($"ferry-{i:D4}", $"Ferry crossing number {i} left the harbour on time.\n\nPassengers were calm."));
                if (i % CommitEvery == 0)
                {
                    index.Commit();
                    Volatile.Write(ref committed, i);
                }
            }
            Volatile.Write(ref indexingDone, true);
        });
        var searchCounts = await Task.Run(() =>
        {
            var counts = new List<(int CommittedBefore, int Found)>();
            while (!Volatile.Read(ref indexingDone))
            {
                var committedBefore = Volatile.Read(ref committed);
                var hits = index.Search(new PassageQuery("ferry harbour") { Limit = PassageQuery.MaximumLimit });
                _ = index.Statistics();
                counts.Add((committedBefore, hits.Count));
            }
            return counts;
        });
        await writer;

        Assert.NotEmpty(searchCounts);
        Assert.All(searchCounts, c => Assert.True(c.Found >= c.CommittedBefore, $"saw {c.Found} articles after {c.CommittedBefore} were committed"));
        Assert.Equal(Articles, index.Search(new PassageQuery("crossing") { Limit = PassageQuery.MaximumLimit }).Count);
        Assert.Equal(new IndexStatistics(Articles, 2 * Articles), index.Statistics());
    }
}
