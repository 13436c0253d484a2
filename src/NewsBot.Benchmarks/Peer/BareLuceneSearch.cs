using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Benchmarks.Measurement;
using NewsBot.Benchmarks.Queries;

namespace NewsBot.Benchmarks.Peer;

/// <summary>
/// The bare Lucene.Net top ten, one thread: the keywords analysed into any-word term queries, BM25, the ten best
/// documents' numbers and scores, nothing read from them (what a bare top-10 benchmark such as the Lucene Java peer's
/// times, and what NewsBot's ranking-only figure measures). One reader and searcher for the whole run; the index is
/// memory-mapped as NewsBot's is.
/// </summary>
internal static class BareLuceneSearch
{
    private const int Hits = 10;

    public static async Task<LatencySummary> MeasureAsync(string indexDirectory, IReadOnlyList<BenchmarkQuery> queries, int rounds)
    {
        using var analyzer = BareLucene.NewAnalyzer();
        using var directory = FSDirectory.Open(indexDirectory);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        return await LatencyHarness.Measure(queries, rounds, query =>
        {
            if (BareLucene.AnyWord(analyzer, query.Keywords) is { } words)
            {
                _ = searcher.Search(words, Hits);
            }
        }).ConfigureAwait(false);
    }
}
