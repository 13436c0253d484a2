using System.Diagnostics;

namespace NewsBot.Benchmarks.Measurement;

/// <summary>Requests completed per second by a number of clients that each send their next request as soon as the last one is answered.</summary>
internal sealed record ThroughputFigure(string Endpoint, int Clients, double RequestsPerSecond, long Requests, long Failures);

internal static class ThroughputHarness
{
    /// <summary>
    /// Runs <paramref name="clients"/> closed-loop clients for <paramref name="duration"/>, taking queries in turn from
    /// the shared list; <paramref name="call"/> returns false for a failed request (counted, not timed apart).
    /// </summary>
    public static async Task<ThroughputFigure> RunAsync<T>(string endpoint, IReadOnlyList<T> queries, int clients, TimeSpan duration, Func<T, Task<bool>> call)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(call);
        long next = -1, completed = 0, failures = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var query = queries[(int)(Interlocked.Increment(ref next) % queries.Count)];
                var ok = await call(query).ConfigureAwait(false);
                Interlocked.Increment(ref completed);
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = clock.Elapsed.TotalSeconds;
        return new ThroughputFigure(endpoint, clients, (completed - failures) / elapsed, completed, failures);
    }
}
