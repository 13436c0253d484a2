using NewsBot.Benchmarks.Measurement;
using NewsBot.Benchmarks.Retrieval;

namespace NewsBot.Benchmarks.Reporting;

/// <summary>
/// An indexing run in a fresh process: wall time from process start to exit, peak memory, size on disk; when the
/// measurement was repeated (<see cref="Runs"/> &gt; 1), the run of median time.
/// </summary>
internal sealed record IndexingFigures(double Seconds, double ArticlesPerSecond, double TextMegabytesPerSecond, long PeakBytes, long SizeBytes, int Runs = 1);

/// <summary>
/// The app serving the index: start-up to ready (median of <see cref="ReadyMilliseconds"/> starts), its memory after
/// the HTTP latency run, and its peak over the whole serving run.
/// </summary>
internal sealed record ServingFigures(IReadOnlyList<double> ReadyMilliseconds, ProcessMemory AfterLatency, long PeakBytes)
{
    public double MedianReadyMilliseconds => LatencySummary.Percentile([.. ReadyMilliseconds.Order()], 50);
}

/// <summary>A peer (SQLite FTS5, bare Lucene.Net) on the same passages and keywords.</summary>
internal sealed record PeerFigures(IndexingFigures Indexing, LatencySummary Search);

/// <summary>Every figure at one multiple of the corpus.</summary>
internal sealed record ScaleFigures(
    int Scale,
    long Articles,
    double TextMegabytes,
    IndexingFigures WithExtraction,
    IndexingFigures PassagesOnly,
    PeerFigures Sqlite,
    PeerFigures BareLucene,
    RetrievalFigures InProcess,
    RetrievalFigures Http,
    IReadOnlyList<ThroughputFigure> Throughput,
    ServingFigures Serving);

/// <summary>A whole benchmark run: where and how it ran, and its figures by scale.</summary>
internal sealed record BenchmarkResults(
    DateTimeOffset Started,
    TimeSpan Duration,
    string Machine,
    string CorpusFile,
    long CorpusArticles,
    double CorpusTextMegabytes,
    int Queries,
    int Rounds,
    int ThroughputSeconds,
    IReadOnlyList<ScaleFigures> Scales);
