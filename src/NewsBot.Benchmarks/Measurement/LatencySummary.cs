namespace NewsBot.Benchmarks.Measurement;

/// <summary>Median and 99th percentile of a set of request latencies, in milliseconds.</summary>
internal sealed record LatencySummary(int Count, double MedianMs, double P99Ms)
{
    /// <summary>
    /// Summarises <paramref name="milliseconds"/> with nearest-rank percentiles: the p-th percentile is the smallest
    /// sample that at least p % of the samples do not exceed, so it is always a latency that was actually measured.
    /// </summary>
    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            throw new ArgumentException("There are no latencies to summarise: measure at least one request.", nameof(milliseconds));
        }
        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 99));
    }

    /// <summary>The nearest-rank <paramref name="percent"/>-th percentile of ascending <paramref name="sorted"/>.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("There are no samples to take a percentile of.", nameof(sorted));
        }
        if (percent is <= 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile is more than 0 and at most 100.");
        }
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
