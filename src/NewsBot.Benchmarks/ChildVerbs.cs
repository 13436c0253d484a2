using System.Globalization;
using System.Text.Json;
using NewsBot.Benchmarks.Indexing;
using NewsBot.Benchmarks.Peer;
using NewsBot.Benchmarks.Queries;
using NewsBot.Benchmarks.Retrieval;

namespace NewsBot.Benchmarks;

/// <summary>
/// The verbs the benchmark runs in a fresh child copy of itself, so each is measured in a process holding nothing
/// but its own work (not the benchmark's corpus parsing, query derivation or the other engine):
/// `index-passages DIR FILE...` (reading and NewsIndex.Upsert, no quote extraction), `index-sqlite DB FILE...` (the
/// SQLite FTS5 peer), `index-lucene DIR FILE...` (bare Lucene.Net in the Lucene Java peer's shape),
/// `latency-newsbot DIR QUERIES ROUNDS` (search, quotes and ask in process), `latency-sqlite DB QUERIES ROUNDS` and
/// `latency-lucene DIR QUERIES ROUNDS`. Each prints one JSON document with what it did or measured.
/// </summary>
internal static class ChildVerbs
{
    public const string IndexPassages = "index-passages";
    public const string IndexSqlite = "index-sqlite";
    public const string LatencyNewsBot = "latency-newsbot";
    public const string LatencySqlite = "latency-sqlite";
    public const string IndexBareLucene = "index-lucene";
    public const string LatencyBareLucene = "latency-lucene";

    /// <summary>Runs a child verb and returns its exit code; null when <paramref name="args"/> is not one.</summary>
    public static async Task<int?> RunAsync(string[] args)
    {
        if (args.Length < 3)
        {
            return null;
        }
        object? result = args[0] switch
        {
            IndexPassages => PassagesOnlyIndexer.Run(args[1], args[2..]),
            IndexSqlite => SqliteFtsIndexer.Run(args[1], args[2..]),
            IndexBareLucene => BareLuceneIndexer.Run(args[1], args[2..]),
            LatencyNewsBot when args.Length == 4 => await InProcessRetrieval.MeasureAsync(args[1], ReadQueries(args[2]), Rounds(args[3])).ConfigureAwait(false),
            LatencySqlite when args.Length == 4 => await SqliteFtsSearch.MeasureAsync(args[1], ReadQueries(args[2]), Rounds(args[3])).ConfigureAwait(false),
            LatencyBareLucene when args.Length == 4 => await BareLuceneSearch.MeasureAsync(args[1], ReadQueries(args[2]), Rounds(args[3])).ConfigureAwait(false),
            _ => null,
        };
        if (result is null)
        {
            return null;
        }
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(result, result.GetType())).ConfigureAwait(false);
        return 0;
    }

    /// <summary>The arguments that run <paramref name="verb"/> in a fresh copy of this program.</summary>
    public static IEnumerable<string> Arguments(string verb, string target, IEnumerable<string> rest) =>
        [Path.Combine(AppContext.BaseDirectory, "NewsBot.Benchmarks.dll"), verb, target, .. rest];

    /// <summary>The arguments of a latency verb: the query set is handed over as a JSON file.</summary>
    public static IEnumerable<string> LatencyArguments(string verb, string target, string queriesFile, int rounds) =>
        Arguments(verb, target, [queriesFile, rounds.ToString(CultureInfo.InvariantCulture)]);

    public static void WriteQueries(string file, IReadOnlyList<BenchmarkQuery> queries) =>
        File.WriteAllText(file, JsonSerializer.Serialize(queries));

    private static List<BenchmarkQuery> ReadQueries(string file) =>
        JsonSerializer.Deserialize<List<BenchmarkQuery>>(File.ReadAllText(file)) ?? throw new InvalidDataException($"{file} holds no queries.");

    private static int Rounds(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
