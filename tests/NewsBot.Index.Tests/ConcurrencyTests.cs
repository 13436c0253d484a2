using NewsBot.Articles;

namespace NewsBot.Index.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private const int Articles = 300;
    private const int CommitEvery = 25;

    private readonly TempIndexFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Threads_upserting_the_same_articles_at_once_store_each_once_and_count_it_added_once()
    {
        const int Threads = 4;
        const int Stories = 120;
        using var index = folder.Open();
        var articles = Enumerable.Range(1, Stories)
            .Select(i => TestArticles.Invented($"story-{i:D3}", $"Story {i} about the harbour.\n\nA second paragraph."))
            .ToArray();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Threads).Select(thread => Task.Run(() =>
            // Each thread goes through the articles in its own order, so the same article is often written at once.
            articles.OrderBy(a => (a.Id.GetHashCode(StringComparison.Ordinal) * (thread + 1)) % 97)
                .Select(index.Upsert)
                .ToList())));

        var all = outcomes.SelectMany(o => o).ToList();
        Assert.Equal(Stories, all.Count(o => o == UpsertOutcome.Added));
        Assert.Equal((Threads - 1) * Stories, all.Count(o => o == UpsertOutcome.Unchanged));
        Assert.Equal(new IndexStatistics(Stories, 2 * Stories), index.Statistics());
        index.Commit();
        Assert.Equal(new IndexStatistics(Stories, 2 * Stories), index.Statistics());
    }

    [Fact]
    public void An_index_written_by_one_writer_thread_holds_the_same_as_one_written_by_several()
    {
        using var several = NewsIndex.Open(folder.Path, new NewsIndexOptions { WriterThreads = 3 });
        using var oneFolder = new TempIndexFolder();
        using var one = NewsIndex.Open(oneFolder.Path, new NewsIndexOptions { WriterThreads = 1 });
        for (var i = 1; i <= 60; i++)
        {
            // A draft and its final version right after it: the final one must win on every writer thread.
            var draft = TestArticles.Invented($"ferry-{i:D2}", $"Draft {i}: a ferry crossed the bay.");
            var article = TestArticles.Invented($"ferry-{i:D2}", $"Ferry {i} crossed the bay.\n\nThe sea was calm for crossing {i}.");
            Assert.Equal((UpsertOutcome.Added, UpsertOutcome.Updated), (several.Upsert(draft), several.Upsert(article)));
            Assert.Equal((UpsertOutcome.Added, UpsertOutcome.Updated), (one.Upsert(draft), one.Upsert(article)));
        }

        static string[] Found(NewsIndex index) =>
            index.Search(new PassageQuery("ferry calm") { Limit = PassageQuery.MaximumLimit })
                .Select(h => $"{h.ArticleId}/{h.Paragraph}").Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(120, Found(several).Length);
        Assert.Empty(several.Search(new PassageQuery("draft")));
        Assert.Equal(Found(one), Found(several));
        Assert.Equal(one.Statistics(), several.Statistics());
    }

    [Fact]
    public async Task Upserts_made_while_other_threads_commit_are_counted_exactly_and_the_last_version_wins()
    {
        const int Stories = 400;
        using var index = folder.Open();
        static Article Version(int story, int version) =>
            TestArticles.Invented($"tide-{story:D3}", $"Tide table {story}, version {version}.\n\nHigh water at noon.");

        // Three versions of every story, written in order while another thread commits again and again: each upsert
        // must see the version before it, whether that is still remembered, just committed or in the searcher.
        var outcomes = new List<UpsertOutcome>();
        var writing = true;
        using var committing = new ManualResetEventSlim();
        var committer = Task.Run(() =>
        {
            var commits = 0;
            do
            {
                index.Commit();
                commits++;
                committing.Set();
            }
            while (Volatile.Read(ref writing));
            return commits;
        });
        committing.Wait();
        for (var version = 1; version <= 3; version++)
        {
            for (var story = 1; story <= Stories; story++)
            {
                outcomes.Add(index.Upsert(Version(story, version)));
            }
        }
        Volatile.Write(ref writing, false);
        var commits = await committer;

        Assert.True(commits > 1, $"only {commits} commit ran beside the writes");
        Assert.Equal((Stories, 2 * Stories), (outcomes.Count(o => o == UpsertOutcome.Added), outcomes.Count(o => o == UpsertOutcome.Updated)));
        Assert.Equal(new IndexStatistics(Stories, 2 * Stories), index.Statistics());
        Assert.Equal(Stories, index.Search(new PassageQuery("\"version 3\"") { Limit = PassageQuery.MaximumLimit }).Count);
        Assert.Empty(index.Search(new PassageQuery("\"version 1\" | \"version 2\"")));
        Assert.Equal(UpsertOutcome.Unchanged, index.Upsert(Version(7, 3)));
    }

    [Fact]
    public async Task Searches_running_while_another_thread_indexes_see_committed_articles_and_never_fail()
    {
        using var index = folder.Open();
        var committed = 0;
        var indexingDone = false;
        // The writer starts once searching has: on a busy pool it could otherwise finish before any search ran.
        using var searching = new ManualResetEventSlim();

        var writer = Task.Run(() =>
        {
            searching.Wait();
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
                searching.Set();
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
