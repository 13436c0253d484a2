namespace NewsBot.Benchmarks.Indexing;

/// <summary>What a child indexing run read and wrote.</summary>
internal sealed record IndexedCounts(long Articles, long Passages, long Rejected);
