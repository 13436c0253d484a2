using System.ComponentModel.DataAnnotations;
using NewsBot.Index;
using NewsBot.Indexing;

namespace NewsBot.Hosting;

/// <summary>Where the archive lives and what to index when it is empty. Section "Archive" in configuration.</summary>
public sealed class ArchiveSettings
{
    public const string SectionName = "Archive";

    /// <summary>The Lucene index folder; relative paths are taken from the working directory.</summary>
    [Required]
    public string IndexDirectory { get; set; } = "data/index";

    /// <summary>Indexed when the index is empty at start, so a new installation answers at once.</summary>
    public string SeedsDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>Files larger than this are rejected with a message instead of being read; for JSON Lines, which are streamed, each line.</summary>
    [Range(1, 4096)]
    public int MaxFileMegabytes { get; set; } = 64;

    /// <summary>Lucene's in-memory buffer before it flushes a segment; larger is faster for big imports.</summary>
    [Range(16, 2048)]
    public double RamBufferMegabytes { get; set; } = NewsIndexOptions.DefaultRamBufferMegabytes;

    /// <summary>Threads that turn articles into Lucene documents while indexing (see NewsIndexOptions.WriterThreads).</summary>
    [Range(1, 64)]
    public int WriterThreads { get; set; } = NewsIndexOptions.DefaultWriterThreads;

    /// <summary>An indexing run commits after this many changed articles (and at its end); see ArchiveIndexer.</summary>
    [Range(100, 10_000_000)]
    public int ArticlesPerCommit { get; set; } = ArchiveIndexer.DefaultArticlesPerCommit;
}
