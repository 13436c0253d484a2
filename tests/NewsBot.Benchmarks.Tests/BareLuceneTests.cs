using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsBot.Benchmarks.Peer;
using NewsBot.Benchmarks.Queries;
using NewsBot.Testing;

namespace NewsBot.Benchmarks.Tests;

public sealed class BareLuceneTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Keywords_become_any_word_term_queries_on_the_text_lower_cased_without_stop_words_or_repeats()
    {
        using var analyzer = BareLucene.NewAnalyzer();

        var query = BareLucene.AnyWord(analyzer, "The Peskov talks and peskov Washington");

        Assert.Equal("text:peskov text:talks text:washington", query?.ToString());
    }

    [Fact]
    public void Keywords_without_a_word_the_analyzer_keeps_give_no_query()
    {
        using var analyzer = BareLucene.NewAnalyzer();

        Assert.Null(BareLucene.AnyWord(analyzer, "the and -- of"));
    }

    [Fact]
    public void The_peer_indexes_the_paragraphs_newsbot_reads_one_document_each_and_finds_the_one_that_matches()
    {
        var file = folder.File("articles.jsonl",
            JsonLinesArticle.Line("a1", title: "Kremlin responds", text: "Dmitry Peskov said Washington had made no offer.\n\nThe talks ended on Tuesday.") +
            JsonLinesArticle.Line("a2", title: "Weather", text: "Rain is expected in Moscow.\n\nSnow may follow.\n\nThe forecast changes daily.") +
            "not json\n");
        var index = Path.Combine(folder.Path, "lucene");

        var counts = BareLuceneIndexer.Run(index, [file]);

        Assert.Equal((2, 5, 1), (counts.Articles, counts.Passages, counts.Rejected));
        using var directory = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        using var analyzer = BareLucene.NewAnalyzer();
        var top = new IndexSearcher(reader).Search(BareLucene.AnyWord(analyzer, "Peskov offer")!, 10);
        var best = reader.Document(Assert.Single(top.ScoreDocs).Doc);
        Assert.Equal(("a1", 1), (best.Get(BareLucene.Id, System.Globalization.CultureInfo.InvariantCulture), best.GetField(BareLucene.Paragraph).GetInt32Value()));
    }

    [Fact]
    public async Task Its_latency_figure_times_every_query_of_every_round()
    {
        var file = folder.File("articles.jsonl", JsonLinesArticle.Line("a1", title: "Kremlin responds", text: "Dmitry Peskov said Washington had made no offer."));
        var index = Path.Combine(folder.Path, "lucene");
        BareLuceneIndexer.Run(index, [file]);
        BenchmarkQuery[] queries = [new(1, "a1", "Peskov offer", "Dmitry Peskov", "What did Dmitry Peskov say?"), new(2, "a1", "rain Moscow", "", "What happened?")];

        var latency = await BareLuceneSearch.MeasureAsync(index, queries, rounds: 3);

        Assert.Equal(6, latency.Count);
    }

    public void Dispose() => folder.Dispose();
}
