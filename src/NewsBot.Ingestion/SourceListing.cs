namespace NewsBot.Ingestion;

/// <summary>
/// The files found under the paths a user gave, in reading order; the paths that could not be used; and how many
/// files inside folders were left out because NewsBot does not read their type.
/// </summary>
public sealed record SourceListing(IReadOnlyList<string> Files, IReadOnlyList<IngestionProblem> Problems, int SkippedFiles);
