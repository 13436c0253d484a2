using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>
/// One matching paragraph. <see cref="Start"/>, <see cref="End"/> and every span in <see cref="Highlights"/>
/// are offsets into the article's <see cref="Article.Text"/>, so a citation can point at the exact words.
/// </summary>
public sealed record PassageHit(
    string ArticleId,
    string Title,
    DateOnly? Date,
    string? Url,
    string? Source,
    int Paragraph,
    int Start,
    int End,
    string Text,
    float Score,
    IReadOnlyList<TextSpan> Highlights);
