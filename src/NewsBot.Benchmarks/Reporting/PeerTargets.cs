using NewsBot.Benchmarks.Measurement;

namespace NewsBot.Benchmarks.Reporting;

/// <summary>
/// The peers' published figures from issue #7 (measured elsewhere, not in this run), as goals for the comparable
/// NewsBot figure: plain indexing without extraction, and a top-10 search in process: the whole search (hits with
/// their text and highlights) and its ranking alone, which is what a bare top-10 BM25 benchmark times.
/// </summary>
internal static class PeerTargets
{
    public static IReadOnlyList<Target> All { get; } =
    [
        new("indexing, passages only, vs Lucene Java 4.10", "≥ 4,400 articles/s", s => s.PassagesOnly.ArticlesPerSecond, v => v >= 4400, v => Units.Rate(v) + " articles/s"),
        new("search in process, median, vs Lucene Java 4.10", "≤ 0.45 ms", s => s.InProcess.Search.MedianMs, v => v <= 0.45, Units.Ms),
        new("search in process, p99, vs Lucene Java 4.10", "≤ 1.0 ms", s => s.InProcess.Search.P99Ms, v => v <= 1.0, Units.Ms),
        new("search ranking only, in process, median, vs Lucene Java 4.10", "≤ 0.45 ms", s => Ranking(s).MedianMs, v => v <= 0.45, Units.Ms),
        new("search ranking only, in process, p99, vs Lucene Java 4.10", "≤ 1.0 ms", s => Ranking(s).P99Ms, v => v <= 1.0, Units.Ms),
        new("indexing, passages only, vs SQLite FTS5", "≥ 14,900 articles/s", s => s.PassagesOnly.ArticlesPerSecond, v => v >= 14900, v => Units.Rate(v) + " articles/s"),
        new("search in process, median, vs SQLite FTS5", "≤ 5 ms", s => s.InProcess.Search.MedianMs, v => v <= 5, Units.Ms),
    ];

    private static LatencySummary Ranking(ScaleFigures scale) =>
        scale.InProcess.Ranking ?? throw new InvalidOperationException("The in-process figures have no ranking-only latency.");
}
