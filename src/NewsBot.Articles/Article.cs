namespace NewsBot.Articles;

/// <summary>
/// A normalised news article. Build one with <see cref="ArticleBuilder"/>, which guarantees the invariants:
/// NFC text, paragraphs separated by <see cref="ParagraphSeparator"/>, repeated paragraphs removed,
/// offsets that index into <see cref="Text"/>.
/// </summary>
public sealed record Article
{
    public const string ParagraphSeparator = "\n\n";

    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>Publication date; null when the source gave none.</summary>
    public DateOnly? Date { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    /// <summary>The canonical body: paragraph texts joined by <see cref="ParagraphSeparator"/>.</summary>
    public required string Text { get; init; }
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }
    /// <summary>Hash of everything stored about the article; equal hashes mean re-indexing changes nothing.</summary>
    public required string ContentHash { get; init; }
}
