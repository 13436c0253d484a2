namespace NewsBot.Ingestion;

/// <summary>Limits for reading article files.</summary>
public sealed record IngestionOptions
{
    /// <summary>
    /// Files larger than this are refused before any byte is read, so a stray video or database dump in a
    /// news folder cannot exhaust memory. JSON Lines files (.jsonl, .ndjson) are streamed, so an export of any size
    /// is read; for them the limit applies to each line (one article) instead.
    /// </summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;
}
