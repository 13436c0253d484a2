using NewsBot.Indexing;

namespace NewsBot.Contracts;

/// <summary>The JSON of `index --json`.</summary>
public sealed record IndexingReport(int Added, int Updated, int Unchanged, int Rejected, int SkippedFiles, IReadOnlyList<RejectedInput> Problems)
{
    public static IndexingReport From(IndexingSummary summary) => new(
        summary.Added, summary.Updated, summary.Unchanged, summary.Rejected, summary.SkippedFiles,
        summary.Problems.Select(p => new RejectedInput(p.Path, p.Line, p.Message)).ToList());
}

public sealed record RejectedInput(string Path, int? Line, string Message);
