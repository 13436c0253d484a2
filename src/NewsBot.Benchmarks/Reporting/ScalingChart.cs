namespace NewsBot.Benchmarks.Reporting;

/// <summary>
/// The three charts of the results: indexing speed, latency, and size and memory, each against archive size. A peer
/// has the same colour in every chart (SQLite FTS5 orange, bare Lucene.Net brown).
/// </summary>
internal static class ScalingChart
{
    public static string Render(BenchmarkResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var scales = results.Scales;
        ChartSeries Series(string name, Func<ScaleFigures, double> value, bool dashed = false, int? colour = null) =>
            new(name, [.. scales.Select(s => new ChartPoint(s.Articles, value(s)))], dashed, colour);

        return SvgChart.Render("articles in the archive",
        [
            new ChartPanel("Indexing speed", "articles/s", LogY: false,
            [
                Series("index with quote extraction", s => s.WithExtraction.ArticlesPerSecond),
                Series("passages only", s => s.PassagesOnly.ArticlesPerSecond),
                Series("SQLite FTS5", s => s.Sqlite.Indexing.ArticlesPerSecond, colour: 3),
                Series("bare Lucene.Net, one thread", s => s.BareLucene.Indexing.ArticlesPerSecond, colour: 5),
            ]),
            new ChartPanel("Latency (median solid, p99 dashed)", "ms", LogY: true,
            [
                Series("POST /api/ask", s => s.Http.Ask.MedianMs, colour: 0),
                Series("POST /api/ask p99", s => s.Http.Ask.P99Ms, dashed: true, colour: 0),
                Series("search in process", s => s.InProcess.Search.MedianMs, colour: 1),
                Series("search in process p99", s => s.InProcess.Search.P99Ms, dashed: true, colour: 1),
                Series("search ranking only", s => s.InProcess.Ranking?.MedianMs ?? double.NaN, colour: 4),
                Series("GET /api/quotes", s => s.Http.Quotes.MedianMs, colour: 2),
                Series("SQLite FTS5 search", s => s.Sqlite.Search.MedianMs, colour: 3),
                Series("bare Lucene.Net top 10", s => s.BareLucene.Search.MedianMs, colour: 5),
            ]),
            new ChartPanel("Size and memory", "MB", LogY: true,
            [
                Series("index size (with statements)", s => Units.Megabytes(s.WithExtraction.SizeBytes)),
                Series("indexing peak memory", s => Units.Megabytes(s.WithExtraction.PeakBytes)),
                Series("serving VmRSS", s => Units.Megabytes(s.Serving.AfterLatency.Resident)),
                Series("serving RssAnon (private)", s => Units.Megabytes(s.Serving.AfterLatency.ResidentAnonymous)),
            ]),
        ]);
    }
}
