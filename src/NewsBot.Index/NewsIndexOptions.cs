namespace NewsBot.Index;

/// <summary>Tuning for a <see cref="NewsIndex"/>; the defaults suit bulk indexing on a small machine.</summary>
public sealed record NewsIndexOptions
{
    public const int MaximumWriterThreads = 64;

    public const double DefaultRamBufferMegabytes = 256;

    public const int DefaultWriterThreads = 2;

    /// <summary>
    /// Memory the writer fills before it flushes a segment. Bigger buffers mean fewer, larger segments and less
    /// merging: with two writer threads sharing it, 64 MB made segments so small that merging them cost more
    /// than the second thread gained (100x corpus: 417 s instead of 367 s with one thread); 256 MB, with commits
    /// every 50,000 articles, took it to 290 s. The buffer fills only while articles are being indexed.
    /// </summary>
    public double RamBufferMegabytes { get; init; } = DefaultRamBufferMegabytes;

    /// <summary>
    /// Threads that build and invert the documents of upserted articles, each into its own in-memory segment,
    /// while the caller goes on reading (and extracting statements). One thread set the pace of a whole `index`
    /// run (busy 31 of 44 s on the 10x corpus while the extraction threads waited for it); two keep both cores
    /// of this machine busy, given a buffer large enough for their segments (see <see cref="RamBufferMegabytes"/>).
    /// </summary>
    public int WriterThreads { get; init; } = DefaultWriterThreads;
}
