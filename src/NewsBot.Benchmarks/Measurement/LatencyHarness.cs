using System.Diagnostics;

namespace NewsBot.Benchmarks.Measurement;

/// <summary>
/// Times one call per query, one at a time: a warm-up pass over every query first (JIT, caches, the first
/// searcher), then <c>rounds</c> timed passes, each call timed on its own so the 99th percentile is a real request's.
/// </summary>
internal static class LatencyHarness
{
    public static async Task<LatencySummary> MeasureAsync<T>(IReadOnlyList<T> queries, int rounds, Func<T, Task> call)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(call);
        foreach (var query in queries)
        {
            await call(query).ConfigureAwait(false);
        }
        var samples = new List<double>(queries.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                await call(query).ConfigureAwait(false);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        return LatencySummary.Of(samples);
    }

    public static Task<LatencySummary> Measure<T>(IReadOnlyList<T> queries, int rounds, Action<T> call) =>
        MeasureAsync(queries, rounds, query =>
        {
            call(query);
            return Task.CompletedTask;
        });
}
