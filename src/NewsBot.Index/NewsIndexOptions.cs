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
    /// while the caller goes on reading (and extracting statements). With one, indexing used 1.3 of this machine's
    /// two cores; two indexed the 10x corpus with extraction in 36-37 s instead of 42-47 s (two runs each), so two
    /// is the default. (With tiered PGO on, a second thread made runs slower: its instrumented Lucene code counted
    /// on two threads at once; the app turns tiered PGO off.)
    /// </summary>
    public int WriterThreads { get; init; } = 2;
}
