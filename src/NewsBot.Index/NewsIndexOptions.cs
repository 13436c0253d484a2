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
    /// cores. Two were measured on this 2-core machine and are not the default: the 10x corpus with extraction
    /// indexed in 36-37 s instead of 42-47 s, but the 100x corpus took 330-408 s instead of 362 s and peaked at
    /// 2.3-2.4 GB resident instead of 1.6 GB (smaller segments from each thread, more merging), and the 1x corpus
    /// was slower (802 instead of 1,034 articles/s).
    /// </summary>
    public int WriterThreads { get; init; } = 1;
}
