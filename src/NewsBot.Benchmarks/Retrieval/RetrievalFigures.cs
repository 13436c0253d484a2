using NewsBot.Benchmarks.Measurement;

namespace NewsBot.Benchmarks.Retrieval;

/// <summary>Latency of the three things a user asks the archive for: passages, a speaker's statements, an answer.</summary>
internal sealed record RetrievalFigures(LatencySummary Search, LatencySummary Quotes, LatencySummary Ask);
