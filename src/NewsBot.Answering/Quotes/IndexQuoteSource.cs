using NewsBot.Index;

namespace NewsBot.Answering.Quotes;

/// <summary>The statements the index stores with every article (extracted at indexing time) as a quote source.</summary>
public sealed class IndexQuoteSource(NewsIndex index) : IQuoteSource
{
    /// <summary>More statements than one article plausibly holds, so <see cref="InArticle"/> sees them all.</summary>
    private const int MaximumPerArticle = 1000;

    public IReadOnlyList<ArchiveQuote> Find(QuoteSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var hits = index.SearchQuotes(new QuoteQuery
        {
            Speaker = search.Speaker,
            About = search.Topic,
            From = search.From,
            To = search.To,
            Limit = search.Limit,
        });
        return hits.Select(hit => ToArchiveQuote(hit, hit.Source)).ToList();
    }

    public IReadOnlyList<ArchiveQuote> InArticle(string articleId)
    {
        var hits = index.SearchQuotes(new QuoteQuery { ArticleId = articleId, Limit = MaximumPerArticle });
        // A statement repeated in the article is one hit with several sources: every place of it counts here.
        return hits
            .SelectMany(hit => new[] { hit.Source }.Concat(hit.OtherSources).Where(s => s.ArticleId == articleId).Select(s => ToArchiveQuote(hit, s)))
            .OrderBy(quote => quote.Span.Start)
            .ToList();
    }

    private static ArchiveQuote ToArchiveQuote(QuoteHit hit, QuoteSource source) => new(
        source.ArticleId, source.Title, source.Url, hit.Speaker, hit.Role, hit.Kind, hit.Cue, hit.Text,
        new Articles.TextSpan(source.Start, source.End), source.Paragraph, hit.Date, hit.DateRule);
}
