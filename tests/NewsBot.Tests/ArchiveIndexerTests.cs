using NewsBot.Index;
using NewsBot.Indexing;
using NewsBot.Ingestion;
using NewsBot.Quotes;

namespace NewsBot.Tests;

public sealed class ArchiveIndexerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Progress_moves_through_a_large_file_and_ends_at_its_size()
    {
        var export = _temp.File("export.jsonl", string.Join('\n', Enumerable.Range(1, 400).Select(i =>
            $$"""{"id":"a{{i}}","date":"2020-01-01","text":"Article number {{i}} says the harbour reopened. {{new string('x', 300)}}"}""")));
        var reports = new List<IndexingProgress>();

        using var index = NewsIndex.Open(_temp.Sub("index"));
        var summary = new ArchiveIndexer(index, new ArticleFileReader(new IngestionOptions()), new QuoteExtractor()).Run([export], new Recorder(reports));

        Assert.Equal(400, summary.Added);
        Assert.True(reports.Count(r => r.BytesDone > 0 && r.BytesDone < r.BytesTotal) > 1, "progress only jumped from 0 to 100 %");
        Assert.Equal(reports.Select(r => r.BytesDone).Order(), reports.Select(r => r.BytesDone));
        Assert.Equal(new FileInfo(export).Length, reports[^1].BytesDone);
        Assert.Equal((1, 1, 400), (reports[^1].FilesDone, reports[^1].FilesTotal, reports[^1].Articles));
    }

    [Fact]
    public void A_cancelled_run_keeps_what_it_had_read()
    {
        var export = _temp.File("export.jsonl", string.Join('\n', Enumerable.Range(1, 50).Select(i =>
            $$"""{"id":"a{{i}}","text":"Article number {{i}} about the harbour."}""")));
        using var cancellation = new CancellationTokenSource();
        var indexDirectory = _temp.Sub("index");

        using (var index = NewsIndex.Open(indexDirectory))
        {
            var indexer = new ArchiveIndexer(index, new ArticleFileReader(new IngestionOptions()), new QuoteExtractor());
            var stopAfterTen = new Recorder([], r => { if (r.Articles == 10) cancellation.Cancel(); });
            Assert.Throws<OperationCanceledException>(() => indexer.Run([export], stopAfterTen, cancellation.Token));
        }

        using var reopened = NewsIndex.Open(indexDirectory);
        Assert.Equal(10, reopened.Statistics().Articles);
    }

    private sealed class Recorder(List<IndexingProgress> reports, Action<IndexingProgress>? onReport = null) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value)
        {
            reports.Add(value);
            onReport?.Invoke(value);
        }
    }

    public void Dispose() => _temp.Dispose();
}
