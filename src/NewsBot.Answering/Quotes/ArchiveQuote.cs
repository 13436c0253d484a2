using NewsBot.Articles;

namespace NewsBot.Answering.Quotes;

/// <summary>
/// One statement in an archived article and who made it, as a quote source extracted it. Spans are offsets into
/// the article's Article.Text; <see cref="Date"/> is when the statement was made, by the rule in
/// <see cref="DateRule"/> (e.g. "on Wednesday" resolved against the publication date).
/// </summary>
public sealed record ArchiveQuote(
    string ArticleId,
    string Title,
    string? Url,
    string Speaker,
    string? Role,
    QuoteKind Kind,
    string Cue,
    string Text,
    TextSpan Span,
    int Paragraph,
    DateOnly? Date,
    DateRule DateRule);
