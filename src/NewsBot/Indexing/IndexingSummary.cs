using NewsBot.Ingestion;

namespace NewsBot.Indexing;

/// <summary>What one indexing run did: the closing summary the user sees.</summary>
public sealed record IndexingSummary(int Added, int Updated, int Unchanged, IReadOnlyList<IngestionProblem> Problems, int SkippedFiles)
{
    public int Rejected => Problems.Count;
}

/// <summary>Progress of a run, reported after every article and every file. Bytes measure how much is left.</summary>
public readonly record struct IndexingProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, int Articles);
