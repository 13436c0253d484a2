using Lucene.Net.Index;
using Lucene.Net.Store;

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
    public void Each_commit_holds_every_article_written_before_it_when_several_writer_threads_flush_at_once()
    {
        // Four writer threads and a 1 MB buffer: each commit finds several in-memory segments to write, and the idle
        // writer threads flush some of them beside the committing thread. What is on disk must be all of it.
        const int Batches = 4;
        const int PerBatch = 250;
        using var index = NewsIndex.Open(folder.Path, new NewsIndexOptions { WriterThreads = 4, RamBufferMegabytes = 1 });
        for (var batch = 1; batch <= Batches; batch++)
        {
            for (var i = 1; i <= PerBatch; i++)
            {
                index.Upsert(TestArticles.Invented($"pier-{batch}-{i:D3}", $"Pier {i} of batch {batch} reopened.\n\nBoats moored again."));
            }
            index.Commit();

            Assert.Equal(batch * PerBatch * 2, CommittedPassages(folder.Path));
        }
        Assert.Equal(new IndexStatistics(Batches * PerBatch, Batches * PerBatch * 2), index.Statistics());
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

    /// <summary>Passages in the folder's last commit, read as another process would, without the writer's memory.</summary>
    private static int CommittedPassages(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        return reader.DocFreq(new Term("type", "passage"));
    }
}
