using NewsBot.Articles;

namespace NewsBot.Contracts;

/// <summary>The JSON of `analyze --json`: what each article in a file yields, without indexing anything.</summary>
public sealed record AnalysisResponse(IReadOnlyList<ArticleAnalysis> Articles, IReadOnlyList<RejectedInput> Problems);

public sealed record ArticleAnalysis(string ArticleId, string Title, DateOnly? Date, int Paragraphs, IReadOnlyList<AnalyzedQuote> Quotes)
{
    public static ArticleAnalysis From(Article article, IReadOnlyList<Quote> quotes) => new(
        article.Id, article.Title, article.Date, article.Paragraphs.Count, quotes.Select(q => AnalyzedQuote.From(article, q)).ToList());
}

/// <summary>
/// One statement as the extractor sees it, with the evidence: the speaker as mentioned (the pronoun for
/// "he added"), the cue, and spans into the article's canonical text, so an editor can see why it is attributed.
/// </summary>
public sealed record AnalyzedQuote(
    string Speaker,
    string? Role,
    QuoteKind Kind,
    string Cue,
    string Text,
    DateOnly? Date,
    DateRule DateRule,
    int Paragraph,
    int Start,
    int End,
    string? SpeakerMention,
    Highlight? SpeakerSpan,
    Highlight? CueSpan)
{
    public static AnalyzedQuote From(Article article, Quote quote) => new(
        quote.Speaker, quote.Role, quote.Kind, quote.Cue, quote.Text, quote.Date, quote.DateRule, quote.Paragraph,
        quote.Span.Start, quote.Span.End,
        quote.SpeakerSpan is { } mention ? article.Text[mention.Start..mention.End] : null,
        quote.SpeakerSpan is { } s ? new Highlight(s.Start, s.End) : null,
        quote.CueSpan is { } c ? new Highlight(c.Start, c.End) : null);
}
