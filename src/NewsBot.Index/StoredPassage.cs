namespace NewsBot.Index;

/// <summary>A passage document as read back from the index (by <see cref="StoredPassageVisitor"/>).</summary>
internal sealed record StoredPassage(
    string ArticleId,
    string Title,
    DateOnly? Date,
    string? Url,
    string? Source,
    int Paragraph,
    int Start,
    int End,
    string Text,
    string ContentHash);
