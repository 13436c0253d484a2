using NewsBot.Articles;
using NewsBot.Index;

namespace NewsBot.Contracts;

/// <summary>The JSON of `quotes --json` and GET /api/quotes: one entry per statement, best (or newest) first.</summary>
public sealed record QuotesResponse(IReadOnlyList<QuoteResult> Quotes)
{
    public static QuotesResponse From(IEnumerable<QuoteHit> hits) => new(hits.Select(QuoteResult.From).ToList());
}

/// <summary>
/// A statement: who said it, the words, the day it was said (and which rule gave that day), and where it was
/// reported. Start and End locate the words (without quotation marks) in the article's canonical text;
/// <see cref="OtherSources"/> lists every other report of the same words by the same speaker.
/// </summary>
public sealed record QuoteResult(
    string Speaker,
    string? Role,
    QuoteKind Kind,
    string Cue,
    string Text,
    DateOnly? Date,
    DateRule DateRule,
    string ArticleId,
    string Title,
    DateOnly? ArticleDate,
    string? Url,
    int Paragraph,
    int Start,
    int End,
    IReadOnlyList<QuoteSource> OtherSources)
{
    public static QuoteResult From(QuoteHit hit) => new(
        hit.Speaker, hit.Role, hit.Kind, hit.Cue, hit.Text, hit.Date, hit.DateRule,
        hit.Source.ArticleId, hit.Source.Title, hit.Source.ArticleDate, hit.Source.Url,
        hit.Source.Paragraph, hit.Source.Start, hit.Source.End, hit.OtherSources);
}
