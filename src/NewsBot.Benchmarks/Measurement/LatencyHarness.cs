using System.Diagnostics;

namespace NewsBot.Benchmarks.Measurement;

/// <summary>
/// Times one call per query, one at a time, each call timed on its own so the 99th percentile is a real request's.
/// A short untimed warm-up first (JIT, the first searcher, every question form), then up to <c>rounds</c> full passes
/// over the queries; once a figure has taken <see cref="Budget"/>, no further pass starts, so a query that takes a
/// second at 100× (SQLite FTS5's any-word queries do) costs one pass of the run's time, not five. Every figure has at
/// least one full pass.
/// </summary>
internal static class LatencyHarness
{
    public const int WarmUpQueries = 20;
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    public static async Task<LatencySummary> MeasureAsync<T>(IReadOnlyList<T> queries, int rounds, Func<T, Task> call)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(call);
        foreach (var query in queries.Take(WarmUpQueries))
        {
            await call(query).ConfigureAwait(false);
        }
        var samples = new List<double>(queries.Count * rounds);
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds && (round == 0 || clock.Elapsed < Budget); round++)
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
