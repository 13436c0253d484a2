using NewsBot.Answering.Retrieval;
using NewsBot.Answering.Text;
using NewsBot.Answering.Verification;
using NewsBot.Articles;

namespace NewsBot.Answering.Service;

/// <summary>
/// Turns a verified answer into what the user sees: the cited sources renumbered 1, 2, … in order of first use,
/// each citation as structured data, and each quotation located at its exact offsets in its article.
/// </summary>
internal static class ResponseBuilder
{
    public static AskResponse Build(string question, VerifiedAnswer verified, IReadOnlyList<AnswerSource> sources, SpeakerAttribution attribution)
    {
        var byNumber = sources.ToDictionary(s => s.Number);
        var order = verified.Claims.SelectMany(c => c.Sources).Distinct().ToList();
        var renumber = order.Select((number, index) => (number, index)).ToDictionary(p => p.number, p => p.index + 1);
        var text = string.Join(' ', verified.Claims.Select(c => Verification.CitationMarkers.Rewrite(c.Text, n => renumber.TryGetValue(n, out var to) ? to : null)));
        var citations = order.Select(n => Citation(renumber[n], byNumber[n])).ToList();
        var quotes = new List<AnswerQuote>();
        foreach (var claim in verified.Claims)
        {
            foreach (var quotation in claim.Quotations)
            {
                var source = claim.Sources.Select(n => byNumber[n]).FirstOrDefault(s => Quotations.AppearsIn(quotation, s.Text));
                if (source is not null && Locate(source, quotation) is { } span)
                {
                    quotes.Add(new AnswerQuote(renumber[source.Number], attribution.SpeakerOf(source.Article, span),
                        source.Article.Text[span.Start..span.End], source.Article.Id, source.Paragraph, span.Start, span.End));
                }
            }
        }
        return new AskResponse(question, text, citations, quotes);
    }

    public static AskResponse NotFound(string question) => new(question, AskResponse.NotFoundAnswer, [], []);

    private static AnswerCitation Citation(int n, AnswerSource source)
    {
        var article = source.Article;
        return new AnswerCitation(n, article.Id, article.Title, article.Date, article.Url, article.Source,
            source.Paragraph, source.Span.Start, source.Span.End, source.Text);
    }

    /// <summary>The exact span of a (whole, unelided) quotation inside the source, found on folded text.</summary>
    private static TextSpan? Locate(AnswerSource source, string quotation)
    {
        var folded = FoldedText.Of(source.Text);
        var at = folded.Folded.IndexOf(FoldedText.FoldString(quotation), StringComparison.Ordinal);
        if (at < 0)
        {
            return null; // an elided quotation ("a ... b") has no single span to point at
        }
        var local = folded.OriginalSpan(at, at + FoldedText.FoldString(quotation).Length);
        return new TextSpan(source.Span.Start + local.Start, source.Span.Start + local.End);
    }
}
