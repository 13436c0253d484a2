namespace NewsBot.Index;

/// <summary>Tuning for a <see cref="NewsIndex"/>; the defaults suit bulk indexing on a small machine.</summary>
public sealed record NewsIndexOptions
{
    public const int MaximumWriterThreads = 64;

    /// <summary>
    /// Memory the writer fills before it flushes a segment. Bigger buffers mean fewer, larger segments and
    /// faster bulk indexing; 64 MB is past the point where Lucene's throughput stops improving noticeably.
    /// </summary>
    public double RamBufferMegabytes { get; init; } = 64;

    /// <summary>
    /// Threads that build and invert the documents of upserted articles, each into its own in-memory segment.
    /// One per core (up to four) lets a single-threaded reader keep the machine busy; more only adds segments.
    /// </summary>
    public int WriterThreads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);
}
