using NewsBot.Articles;
using NewsBot.Quotes;

namespace NewsBot.Evaluation;

/// <summary>
/// Scores extraction against PolNeAR attributions. PolNeAR annotates a partial quote inside reported speech
/// (<c>said it was "aware of ..."</c>) as one indirect attribution, so our partial direct quotes that sit inside
/// our own indirect statement of the same cue are scored as part of that statement, not on their own.
/// </summary>
internal sealed class PolnearEvaluation(QuoteExtractor extractor)
{
    public (Score Direct, Score All, int Articles, int Unaligned) Run(string folder)
    {
        var gold = JsonLines.Read<PolnearAttribution>(Path.Combine(folder, "gold.jsonl"))
            .Where(g => g.Primary && g.Type == "Attribution" && g.QuoteSpans is { Length: > 0 })
            .ToLookup(g => g.ArticleId);
        var direct = new Score();
        var all = new Score();
        int articles = 0, unaligned = 0;
        foreach (var source in JsonLines.Read<PolnearArticle>(Path.Combine(folder, "articles.jsonl")))
        {
            var article = ArticleBuilder.Build(new RawArticle(source.Text) { Id = source.ArticleId, Date = JsonLines.Date(source.Date) });
            var map = article is null ? null : OffsetMap.Align(article.Text, source.Text);
            if (article is null || map is null)
            {
                unaligned++;
                continue;
            }
            articles++;
            var utf16 = OffsetMap.CodePointToUtf16(source.Text);
            var golds = gold[source.ArticleId].ToList();
            var quotes = ScoredQuotes(extractor.Extract(article));
            Score(direct, quotes.Where(q => q.Kind == QuoteKind.Direct).ToList(), golds.Where(g => g.IsDirect).ToList(), map, utf16);
            Score(all, quotes, golds, map, utf16);
        }
        return (direct, all, articles, unaligned);
    }

    private static List<Quote> ScoredQuotes(IReadOnlyList<Quote> quotes) =>
        quotes.Where(q => !(q.Kind == QuoteKind.Direct && quotes.Any(o => o.Kind == QuoteKind.Indirect && o.CueSpan == q.CueSpan && o.Span.Contains(q.Span))))
            .ToList();

    private static void Score(Score score, List<Quote> quotes, List<PolnearAttribution> golds, OffsetMap map, int[] utf16)
    {
        var predictedSpans = quotes.Select(q => map.ToSource(q.Span)).ToList();
        var goldSpans = golds.Select(g => Cover(g.QuoteSpans!, utf16)).ToList();
        score.Predicted += quotes.Count;
        score.Gold += golds.Count;
        foreach (var (p, g) in SpanMatching.Pair(predictedSpans, goldSpans))
        {
            score.Matched++;
            var speakerSpan = quotes[p].SpeakerSpan is { } s ? map.ToSource(s) : (TextSpan?)null;
            var goldSpeaker = (golds[g].SpeakerSpans ?? []).Select(span => Cover([span], utf16)).ToList();
            if (SpeakerMatch.IsCorrect(quotes[p], speakerSpan, goldSpeaker, golds[g].Speaker))
            {
                score.Correct++;
            }
        }
    }

    private static TextSpan Cover(int[][] spans, int[] utf16) =>
        new(utf16[Math.Min(spans.Min(s => s[0]), utf16.Length - 1)], utf16[Math.Min(spans.Max(s => s[1]), utf16.Length - 1)]);
}
