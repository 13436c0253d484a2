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
    /// Threads that build and invert the documents of upserted articles, each into its own in-memory segment,
    /// while the caller goes on reading (and extracting statements). One already puts reading and writing on two
    /// cores. More pay off only with cores to spare: on a busy two-core machine a second writer thread made a
    /// fresh `index` run slower, because tiered PGO's instrumented Lucene code then counts on two threads at once.
    /// </summary>
    public int WriterThreads { get; init; } = 1;
}
