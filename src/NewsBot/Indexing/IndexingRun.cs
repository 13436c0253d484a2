using NewsBot.Index;
using NewsBot.Ingestion;

namespace NewsBot.Indexing;

/// <summary>The counters of one indexing run and the progress they add up to.</summary>
internal sealed class IndexingRun(SourceListing listing, IProgress<IndexingProgress>? progress)
{
    private readonly long _bytesTotal = listing.Files.Sum(SizeOf);
    private long _bytesInFinishedFiles;
    private int _filesDone;

    public List<IngestionProblem> Problems { get; } = [.. listing.Problems];
    public int Added { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int PendingChanges { get; set; }

    public void Count(UpsertOutcome outcome)
    {
        switch (outcome)
        {
            case UpsertOutcome.Added: Added++; PendingChanges++; break;
            case UpsertOutcome.Updated: Updated++; PendingChanges++; break;
            default: Unchanged++; break;
        }
    }

    public void FinishFile(string file)
    {
        _filesDone++;
        _bytesInFinishedFiles += SizeOf(file);
        Report(0);
    }

    /// <summary>Reports progress with <paramref name="bytesInCurrentFile"/> read of the file in hand.</summary>
    public void Report(long bytesInCurrentFile) => progress?.Report(new IndexingProgress(
        _filesDone, listing.Files.Count, _bytesInFinishedFiles + bytesInCurrentFile, _bytesTotal, Added + Updated + Unchanged));

    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (IOException)
        {
            return 0; // the reader reports the file; progress only needs an estimate
        }
    }
}
