namespace NewsBot.Benchmarks.Reporting;

/// <summary>
/// One line of a chart: a figure's value at each archive size. Dashed lines mark 99th percentiles; a median and its
/// p99 share a <see cref="Colour"/> (an index into the palette; by default the series' position).
/// </summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points, bool Dashed = false, int? Colour = null);

internal readonly record struct ChartPoint(double X, double Y);

/// <summary>One small chart: x is always the number of articles on a log scale; y is linear from 0, or logarithmic.</summary>
internal sealed record ChartPanel(string Title, string YLabel, bool LogY, IReadOnlyList<ChartSeries> Series);
