using System.Text.Json;
using NewsBot.Benchmarks.Peer;

namespace NewsBot.Benchmarks.Indexing;

/// <summary>
/// The verbs the benchmark runs in a child copy of itself: `index-passages DIR FILE...` (reading and
/// NewsIndex.Upsert, no quote extraction) and `index-sqlite DB FILE...` (the SQLite FTS5 peer). Each prints one
/// JSON line with what it indexed.
/// </summary>
internal static class ChildVerbs
{
    public const string IndexPassages = "index-passages";
    public const string IndexSqlite = "index-sqlite";

    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length < 3 || args[0] is not (IndexPassages or IndexSqlite))
        {
            return false;
        }
        var files = args[2..];
        var counts = args[0] == IndexPassages
            ? PassagesOnlyIndexer.Run(args[1], files)
            : SqliteFtsIndexer.Run(args[1], files);
        Console.WriteLine(JsonSerializer.Serialize(counts));
        return true;
    }

    /// <summary>The arguments that run <paramref name="verb"/> in a fresh copy of this program.</summary>
    public static IEnumerable<string> Arguments(string verb, string target, IEnumerable<string> files) =>
        [Path.Combine(AppContext.BaseDirectory, "NewsBot.Benchmarks.dll"), verb, target, .. files];
}

/// <summary>What a child indexing run read and wrote.</summary>
internal sealed record IndexedCounts(long Articles, long Passages, long Rejected);
