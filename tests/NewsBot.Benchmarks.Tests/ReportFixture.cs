using NewsBot.Benchmarks.Measurement;
using NewsBot.Benchmarks.Reporting;
using NewsBot.Benchmarks.Retrieval;

namespace NewsBot.Benchmarks.Tests;

/// <summary>
/// Results of a made-up run at 1× and 10×: the second misses the ask and indexing targets, and its SQLite latency was
/// cut to one pass by the time budget. Bare Lucene.Net indexes 2,500 articles/s and ranks in 0.2 / 1.6 ms.
/// </summary>
internal static class ReportFixture
{
    public static BenchmarkResults TwoScales() => new(
        new DateTimeOffset(2026, 11, 25, 14, 5, 0, TimeSpan.Zero), TimeSpan.FromMinutes(3.5),
        "2 cores (test), 24 GB, Linux, .NET 10", "/work/shared/corpus/articles.jsonl", 5_527, 12.1, 200, 5, 3,
        [Scale(1, askMedian: 12, extractionRate: 2_100), Scale(10, askMedian: 25, extractionRate: 1_900)]);

    private static ScaleFigures Scale(int scale, double askMedian, double extractionRate) => new(
        scale, 5_527L * scale, 12.1 * scale,
        new IndexingFigures(5_527.0 * scale / extractionRate, extractionRate, 4.6, 300_000_000, 22_000_000L * scale, Runs: scale == 1 ? 3 : 1),
        new IndexingFigures(2.0 * scale, 2_763, 6.05, 150_000_000, 15_000_000L * scale),
        new PeerFigures(new IndexingFigures(1.0 * scale, 5_527, 12.1, 80_000_000, 30_000_000L * scale), new LatencySummary(scale == 10 ? 200 : 1000, 3.0, 12.0)),
        new PeerFigures(new IndexingFigures(2.2 * scale, 2_500, 5.5, 110_000_000, 12_000_000L * scale), new LatencySummary(1000, 0.2, 1.6)),
        new RetrievalFigures(new LatencySummary(1000, 1.5, 4.2), new LatencySummary(1000, 0.2, 0.9), new LatencySummary(1000, askMedian - 2, 60)) { Ranking = new LatencySummary(1000, 0.4, 1.2) },
        new RetrievalFigures(new LatencySummary(1000, 2.5, 6.0), new LatencySummary(1000, 0.8, 2.0), new LatencySummary(1000, askMedian, 80)),
        [
            new ThroughputFigure("GET /api/search", 1, 400, 1200, 0),
            new ThroughputFigure("GET /api/search", 4, 650, 1950, 0),
            new ThroughputFigure("POST /api/ask", 16, 90, 275, 5),
        ],
        new ServingFigures([1_900, 1_200, 1_300], new ProcessMemory(260_000_000, 204_000_000, 74_000_000, 101_000_000), 256_000_000));
}
