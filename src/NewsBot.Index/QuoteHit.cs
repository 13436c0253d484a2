using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>
/// A statement found in the archive. The fields describe its first place (best match); <see cref="OtherSources"/>
/// lists every other place the same speaker's same words were reported, in this article or another.
/// </summary>
public sealed record QuoteHit(
    string Speaker,
    string? Role,
    QuoteKind Kind,
    string Cue,
    string Text,
    DateOnly? Date,
    DateRule DateRule,
    QuoteSource Source,
    IReadOnlyList<QuoteSource> OtherSources,
    float Score);

/// <summary>Where a statement was reported: the citation of a quote.</summary>
public sealed record QuoteSource(string ArticleId, string Title, DateOnly? ArticleDate, string? Url, int Paragraph, int Start, int End);
