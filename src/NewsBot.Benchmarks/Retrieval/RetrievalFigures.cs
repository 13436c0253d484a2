using NewsBot.Benchmarks.Measurement;

namespace NewsBot.Benchmarks.Retrieval;

/// <summary>Latency of the three things a user asks the archive for: passages, a speaker's statements, an answer.</summary>
internal sealed record RetrievalFigures(LatencySummary Search, LatencySummary Quotes, LatencySummary Ask)
{
    /// <summary>
    /// In process only: the search's ranking alone (the top 10 passages' article ids from doc values, no stored
    /// fields, no highlights), the work a bare top-10 BM25 benchmark such as the Lucene Java peer's measures.
    /// </summary>
    public LatencySummary? Ranking { get; init; }
}
