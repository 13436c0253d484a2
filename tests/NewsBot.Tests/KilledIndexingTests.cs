using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsBot.Index;
using NewsBot.Indexing;

namespace NewsBot.Tests;

/// <summary>
/// `NewsBot index` killed with SIGKILL part-way through a large export: the index it leaves opens without a lock
/// error, holds exactly what its last batch commit held, and running the same command again completes it with
/// every article exactly once.
/// </summary>
public sealed class KilledIndexingTests : IDisposable
{
    // Smaller batches than the default keep the export small; enough for two commits before the end, so the kill can
    // land between commits.
    private const int ArticlesPerCommit = 5_000;
    private const int Total = (2 * ArticlesPerCommit) + 2_000;
    private const int ParagraphsPerArticle = 3;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task An_index_killed_after_a_commit_opens_with_that_commit_and_a_rerun_completes_it_with_each_article_once()
    {
        var export = GeneratedArticles.WriteJsonl(_temp.Sub("export.jsonl"), Total);
        var indexDirectory = _temp.Sub("index");

        var settings = new Dictionary<string, string> { ["Archive__ArticlesPerCommit"] = $"{ArticlesPerCommit}" };
        using (var indexing = CliProcess.Start(settings, "index", export, "--index", indexDirectory))
        {
            await WaitForFirstCommitAsync(indexDirectory, indexing);
            indexing.KillNow();
            Assert.NotEqual(0, indexing.ExitCode);
        }

        int committed;
        using (var index = NewsIndex.Open(indexDirectory))
        {
            var statistics = index.Statistics();
            committed = statistics.Articles;
            Assert.True(committed > 0 && committed < Total && committed % ArticlesPerCommit == 0,
                $"the killed run left {committed} articles; a commit holds a multiple of {ArticlesPerCommit}");
            Assert.Equal(ParagraphsPerArticle * committed, statistics.Passages);
            // The batches are committed in file order: the first articles of the export, and nothing after them.
            Assert.NotNull(index.GetArticle(GeneratedArticles.Id(committed)));
            Assert.Null(index.GetArticle(GeneratedArticles.Id(committed + 1)));
        }

        var rerun = await CliProcess.RunAsync(Patience, "index", export, "--index", indexDirectory, "--json");

        Assert.True(rerun.ExitCode == 0, rerun.Error);
        var report = JsonDocument.Parse(rerun.Output).RootElement;
        Assert.Equal((Total - committed, 0, committed, 0), (
            report.GetProperty("added").GetInt32(), report.GetProperty("updated").GetInt32(),
            report.GetProperty("unchanged").GetInt32(), report.GetProperty("rejected").GetInt32()));
        using var completed = NewsIndex.Open(indexDirectory);
        Assert.Equal(new IndexStatistics(Total, ParagraphsPerArticle * Total), completed.Statistics());
        var missing = Enumerable.Range(1, Total).Where(n => completed.GetArticle(GeneratedArticles.Id(n)) is null).ToList();
        Assert.Empty(missing);
    }

    /// <summary>
    /// Watches the folder from outside, as any reader may while a writer works, until a commit holding documents can be
    /// opened: from then on the index on disk has something a crash must not lose.
    /// </summary>
    private static async Task WaitForFirstCommitAsync(string indexDirectory, CliProcess indexing)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(indexing.HasExited, $"the indexing process ended before it was killed (exit code {(indexing.HasExited ? indexing.ExitCode : 0)}):\n{indexing.Error}");
            if (HasCommittedDocuments(indexDirectory))
            {
                return;
            }
            await Task.Delay(25);
        }
        throw new TimeoutException($"No commit appeared in {indexDirectory} within {Patience.TotalMinutes} minutes:\n{indexing.Error}");
    }

    private static bool HasCommittedDocuments(string indexDirectory)
    {
        if (!System.IO.Directory.Exists(indexDirectory))
        {
            return false;
        }
        try
        {
            using var directory = FSDirectory.Open(indexDirectory);
            if (!DirectoryReader.IndexExists(directory))
            {
                return false;
            }
            using var reader = DirectoryReader.Open(directory);
            return reader.NumDocs > 0;
        }
        catch (IOException)
        {
            return false; // a commit being written or superseded at this moment: look again
        }
    }

    public void Dispose() => _temp.Dispose();
}
