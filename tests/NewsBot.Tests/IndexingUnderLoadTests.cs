using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Indexing;

namespace NewsBot.Tests;

/// <summary>
/// The service keeps answering while a large import is indexed into the same index and committed in batches
/// (every <see cref="ArticlesPerCommit"/> articles here): no request fails, and what a reader sees only ever grows.
/// </summary>
public sealed class IndexingUnderLoadTests : IDisposable
{
    // A full batch committed part-way, then the final commit.
    private const int ArticlesPerCommit = 5_000;
    private const int Imported = ArticlesPerCommit + 500;
    private const int Readers = 3;
    private static readonly TimeSpan ReaderPause = TimeSpan.FromMilliseconds(200);

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Searches_and_answers_keep_working_and_stay_consistent_while_a_large_import_commits()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Archive:IndexDirectory", _temp.Sub("index"))
            .UseSetting("Archive:SeedsDirectory", HarbourArticles.WriteTo(_temp.Sub("seeds")))
            .UseSetting("ApiLimits:RequestsPerMinute", "100000")
            .UseSetting("Archive:ArticlesPerCommit", $"{ArticlesPerCommit}"));
        using var client = factory.CreateClient();
        await ServiceReadiness.WaitUntilReadyAsync(client);
        var export = GeneratedArticles.WriteJsonl(_temp.Sub("import/crossings.jsonl"), Imported);
        var varga = HarbourArticles.All[0];

        // The import is held after its first batch commit until a reader has completed a round begun after it, so
        // the readers see the import part-way however fast this machine indexes.
        var committedBatch = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var readAfterBatch = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holdAfterFirstBatch = new SynchronousProgress(progress =>
        {
            if (progress.Articles >= ArticlesPerCommit && committedBatch.TrySetResult())
            {
                readAfterBatch.Task.Wait(TimeSpan.FromMinutes(1));
            }
        });
        var import = Task.Run(() => factory.Services.GetRequiredService<ArchiveIndexer>().Run([export], holdAfterFirstBatch));
        var observations = await Task.WhenAll(Enumerable.Range(0, Readers).Select(_ => Task.Run(async () =>
        {
            var seen = new List<int>();
            do
            {
                var afterBatch = committedBatch.Task.IsCompleted;
                seen.Add((await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("articles").GetInt32());
                var search = await client.GetFromJsonAsync<JsonElement>($"/api/search?q={varga.Town}%20fish%20market&limit=3");
                Assert.Equal(varga.Id, search.GetProperty("results")[0].GetProperty("articleId").GetString());
                using var response = await client.PostAsJsonAsync("/api/ask", new { question = $"What did {varga.Surname} say about the terminal?" });
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
                Assert.NotEmpty(answer.GetProperty("citations").EnumerateArray());
                Assert.All(answer.GetProperty("citations").EnumerateArray(), c => Assert.Equal(varga.Id, c.GetProperty("articleId").GetString()));
                // A pause between rounds, as people leave between questions; without it every search refreshes the
                // reader and flushes a tiny segment, which slows the import several-fold.
                await Task.Delay(ReaderPause);
                if (afterBatch)
                {
                    readAfterBatch.TrySetResult();
                }
            }
            while (!import.IsCompleted);
            return seen;
        })));
        var summary = await import;

        Assert.Equal((Imported, 0), (summary.Added, summary.Rejected));
        var total = HarbourArticles.All.Count + Imported;
        Assert.All(observations, seen =>
        {
            Assert.Equal(seen.Order(), seen);
            Assert.All(seen, articles => Assert.InRange(articles, HarbourArticles.All.Count, total));
        });
        // The readers saw the import part-way, not only before and after it.
        Assert.Contains(observations.SelectMany(seen => seen), articles => articles > HarbourArticles.All.Count && articles < total);
        Assert.Equal(total, (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("articles").GetInt32());
        var last = await client.GetFromJsonAsync<JsonElement>($"/api/search?q=crossing%20{Imported}&limit=1");
        Assert.Equal(GeneratedArticles.Id(Imported), last.GetProperty("results")[0].GetProperty("articleId").GetString());
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Runs on the indexing thread as progress is reported (System.Progress would post it elsewhere).</summary>
    private sealed class SynchronousProgress(Action<IndexingProgress> report) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value) => report(value);
    }
}
