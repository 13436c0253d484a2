using System.Globalization;

namespace NewsBot.Benchmarks.Reporting;

/// <summary>A goal from issue #7 and how a scale's figures meet it.</summary>
internal sealed record Target(string Name, string Goal, Func<ScaleFigures, double> Measure, Func<double, bool> Passes, Func<double, string> Format);

internal static class Targets
{
    public static IReadOnlyList<Target> All { get; } =
    [
        new("`ask` over HTTP, median", "< 20 ms", s => s.Http.Ask.MedianMs, v => v < 20, Units.Ms),
        new("`ask` over HTTP, p99", "< 100 ms", s => s.Http.Ask.P99Ms, v => v < 100, Units.Ms),
        new("indexing with quote extraction (`index`)", "≥ 2,000 articles/s", s => s.WithExtraction.ArticlesPerSecond, v => v >= 2000, v => Units.Rate(v) + " articles/s"),
        new("serving memory, private (RssAnon)", "< 500 MB", s => Units.Megabytes(s.Serving.AfterLatency.ResidentAnonymous), v => v < 500, Megabytes),
        new("serving memory, resident (VmRSS, with the mapped index)", "< 500 MB", s => Units.Megabytes(s.Serving.AfterLatency.Resident), v => v < 500, Megabytes),
        new("ready with an existing index", "< 2 s", s => s.Serving.MedianReadyMilliseconds / 1000, v => v < 2, v => v.ToString("0.00", CultureInfo.InvariantCulture) + " s"),
    ];

    private static string Megabytes(double megabytes) => megabytes.ToString("N0", CultureInfo.InvariantCulture) + " MB";
}
