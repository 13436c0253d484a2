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

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_commit_interval_below_one_article_is_refused(int articlesPerCommit)
    {
        using var index = NewsIndex.Open(_temp.Sub("index"));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ArchiveIndexer(index, new ArticleFileReader(new IngestionOptions()), new QuoteExtractor(), articlesPerCommit));

        Assert.Equal("articlesPerCommit", error.ParamName);
        Assert.StartsWith("Commit after at least one article.", error.Message, StringComparison.Ordinal);
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

    [Fact]
    public void A_run_after_a_cancelled_one_completes_it_without_duplicates()
    {
        var export = _temp.File("export.jsonl", string.Join('\n', Enumerable.Range(1, 60).Select(i =>
            $$"""{"id":"a{{i}}","text":"Article number {{i}} about the harbour.\n\nThe mayor said: \"We are proud of it.\""}""")));
        var indexDirectory = _temp.Sub("index");
        using (var cancellation = new CancellationTokenSource())
        using (var index = NewsIndex.Open(indexDirectory))
        {
            var stopAfterTwenty = new Recorder([], r => { if (r.Articles == 20) cancellation.Cancel(); });
            Assert.Throws<OperationCanceledException>(() => Indexer(index).Run([export], stopAfterTwenty, cancellation.Token));
        }

        using var reopened = NewsIndex.Open(indexDirectory);
        var summary = Indexer(reopened).Run([export]);

        Assert.Equal((40, 0, 20), (summary.Added, summary.Updated, summary.Unchanged));
        Assert.Equal(new IndexStatistics(60, 120), reopened.Statistics());
        Assert.Equal(60, reopened.SearchQuotes(new QuoteQuery { About = "proud", Limit = 100 }).Single().OtherSources.Count + 1);
    }

    [Fact]
    public void Problems_are_reported_in_file_order_among_the_articles()
    {
        var lines = Enumerable.Range(1, 200).Select(i => i % 20 == 0
            ? "{not json"
            : $$"""{"id":"a{{i}}","text":"Article number {{i}} about the harbour."}""");
        var export = _temp.File("export.jsonl", string.Join('\n', lines));

        using var index = NewsIndex.Open(_temp.Sub("index"));
        var summary = Indexer(index).Run([export]);

        Assert.Equal(190, summary.Added);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (int?)(i * 20)), summary.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Changed_articles_are_counted_updated_and_unchanged_ones_unchanged()
    {
        string Export(string name, int changedFrom) => _temp.File(name, string.Join('\n', Enumerable.Range(1, 30).Select(i =>
            $$"""{"id":"a{{i}}","text":"Article number {{i}} about the harbour{{(i >= changedFrom ? ", revised" : "")}}."}""")));
        using var index = NewsIndex.Open(_temp.Sub("index"));
        Indexer(index).Run([Export("first.jsonl", int.MaxValue)]);

        var summary = Indexer(index).Run([Export("second.jsonl", 21)]);

        Assert.Equal((0, 10, 20), (summary.Added, summary.Updated, summary.Unchanged));
        Assert.Equal(new IndexStatistics(30, 30), index.Statistics());
        Assert.Equal(10, index.Search(new PassageQuery("revised") { Limit = 100 }).Count);
    }

    private static ArchiveIndexer Indexer(NewsIndex index) =>
        new(index, new ArticleFileReader(new IngestionOptions()), new QuoteExtractor());

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
