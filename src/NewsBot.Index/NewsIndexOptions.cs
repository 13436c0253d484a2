namespace NewsBot.Index;

/// <summary>Tuning for a <see cref="NewsIndex"/>; the defaults suit bulk indexing on a small machine.</summary>
public sealed record NewsIndexOptions
{
    /// <summary>
    /// Memory the writer fills before it flushes a segment. Bigger buffers mean fewer, larger segments and
    /// faster bulk indexing; 64 MB is past the point where Lucene's throughput stops improving noticeably.
    /// </summary>
    public double RamBufferMegabytes { get; init; } = 64;
}
