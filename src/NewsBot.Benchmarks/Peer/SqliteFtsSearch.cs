using Microsoft.Data.Sqlite;
using NewsBot.Benchmarks.Measurement;
using NewsBot.Benchmarks.Queries;

namespace NewsBot.Benchmarks.Peer;

/// <summary>The peer's top-10 query latency, one thread, reading every returned row as a search result would.</summary>
internal static class SqliteFtsSearch
{
    public static async Task<LatencySummary> MeasureAsync(string databaseFile, IReadOnlyList<BenchmarkQuery> queries, int rounds)
    {
        using var connection = SqliteFts.Open(databaseFile, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = SqliteFts.TopTen;
        var parameter = command.Parameters.Add("$query", SqliteType.Text);
        command.Prepare();
        return await LatencyHarness.Measure(queries, rounds, query =>
        {
            parameter.Value = SqliteFts.AnyWord(query.Keywords);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                _ = reader.GetString(0);
                _ = reader.GetInt64(1);
                _ = reader.GetString(2);
            }
        }).ConfigureAwait(false);
    }
}
