using NewsBot.Articles;
using NewsBot.Quotes;

namespace NewsBot.Evaluation;

/// <summary>
/// Scores extraction against PolNeAR attributions. PolNeAR annotates a partial quote inside reported speech
/// (<c>said it was "aware of ..."</c>) as one indirect attribution, so our partial direct quotes that sit inside
/// our own indirect statement of the same cue are scored as part of that statement, not on their own. Its quote spans
/// hold the quotation marks, so ours are widened to them (<see cref="QuotationMarks"/>).
/// </summary>
internal sealed class PolnearEvaluation(QuoteExtractor extractor)
{
    /// <summary>The error files' columns; the excerpt marks gold spans ⟦...⟧ and ours ⟨...⟩ (speakers on SPEAKER lines, quotes otherwise).</summary>
    public const string ErrorHeader = "kind\tour speaker\tgold speaker\tour cue\texcerpt: ⟦gold⟧ ⟨ours⟩";

    public (Score Direct, Score All, int Articles, int Unaligned) Run(string folder, string? errorFolder)
    {
        // Mismatches go to a folder outside the repository: PolNeAR texts must not be shipped.
        using var directErrors = errorFolder is null ? null : new StreamWriter(Path.Combine(errorFolder, "polnear-direct-errors.tsv"));
        using var allErrors = errorFolder is null ? null : new StreamWriter(Path.Combine(errorFolder, "polnear-all-errors.tsv"));
        foreach (var errors in new[] { directErrors, allErrors })
        {
            errors?.WriteLine(ErrorHeader);
        }
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
            var attributions = Attributions(extractor.Extract(article));
            Score(direct, attributions.Where(a => a.All(q => q.Kind == QuoteKind.Direct)).ToList(), golds.Where(g => g.IsDirect).ToList(), map, utf16, source.Text, directErrors);
            Score(all, attributions, golds, map, utf16, source.Text, allErrors);
        }
        return (direct, all, articles, unaligned);
    }

    /// <summary>
    /// Our statements as PolNeAR counts attributions: one per cue, so <c>"A," he said, "B."</c> is one attribution in two
    /// spans, and a mixed statement with the quotes that continue it (<c>the plans are "reckless," Berg said. "They ..."</c>)
    /// is one attribution too. A partial quote inside our reported statement of the same cue is part of that statement.
    /// </summary>
    private static List<List<Quote>> Attributions(IReadOnlyList<Quote> quotes) =>
        quotes.Where(q => !(q.Kind == QuoteKind.Direct && quotes.Any(o => o.Kind == QuoteKind.Indirect && o.CueSpan == q.CueSpan && o.Span.Contains(q.Span))))
            .GroupBy(q => q.CueSpan ?? q.Span)
            .Select(g => g.ToList())
            .ToList();

    /// <param name="groups">Attributions to score: for direct quotes only those whose every part is quoted, since an
    /// attribution with reported words in it is indirect speech, in PolNeAR as in grammar.</param>
    private static void Score(Score score, List<List<Quote>> groups, List<PolnearAttribution> golds, OffsetMap map, int[] utf16, string text, TextWriter? errors)
    {
        var predictedSpans = groups.Select(g => (IReadOnlyList<TextSpan>)g.Select(q => q.Kind == QuoteKind.Direct ? QuotationMarks.Widen(text, map.ToSource(q.Span)) : map.ToSource(q.Span)).ToList()).ToList();
        var goldSpans = golds.Select(g => (IReadOnlyList<TextSpan>)g.QuoteSpans!.Select(s => ToUtf16(s, utf16)).ToList()).ToList();
        score.Predicted += groups.Count;
        score.Gold += golds.Count;
        var pairs = SpanMatching.Pair(predictedSpans, goldSpans);
        foreach (var (p, g) in pairs)
        {
            score.Matched++;
            var quote = groups[p][0];
            var speakerSpan = quote.SpeakerSpan is { } s ? map.ToSource(s) : (TextSpan?)null;
            var goldSpeaker = (golds[g].SpeakerSpans ?? []).Select(span => ToUtf16(span, utf16)).ToList();
            if (SpeakerMatch.IsCorrect(quote, speakerSpan, goldSpeaker, golds[g].Speaker))
            {
                score.Correct++;
            }
            else
            {
                // The speakers are marked, not the quotes: the quote was found, its speaker is what went wrong.
                errors?.WriteLine($"SPEAKER\t{quote.Speaker}\t{golds[g].Speaker}\t{quote.Cue}\t{MarkedExcerpt.Mark(text, goldSpeaker, speakerSpan is { } ours ? [ours] : [], goldSpans[g])}");
            }
        }
        if (errors is null)
        {
            return;
        }
        foreach (var p in Enumerable.Range(0, groups.Count).Except(pairs.Select(x => x.Predicted)))
        {
            var nearGold = goldSpans.Where(g => g.Any(x => predictedSpans[p].Any(y => SpanMatching.Overlaps(x, y)))).SelectMany(g => g).ToList();
            errors.WriteLine($"SPURIOUS\t{groups[p][0].Speaker}\t\t{groups[p][0].Cue}\t{MarkedExcerpt.Mark(text, nearGold, predictedSpans[p])}");
        }
        foreach (var g in Enumerable.Range(0, golds.Count).Except(pairs.Select(x => x.Gold)))
        {
            // Our spans that touch the missed one show whether it was cut short, run over or not found at all.
            var nearOurs = predictedSpans.Where(p => p.Any(x => goldSpans[g].Any(y => SpanMatching.Overlaps(x, y)))).SelectMany(p => p).ToList();
            errors.WriteLine($"MISSED\t\t{golds[g].Speaker}\t\t{MarkedExcerpt.Mark(text, goldSpans[g], nearOurs)}");
        }
    }

    private static TextSpan ToUtf16(int[] span, int[] utf16) =>
        new(utf16[Math.Min(span[0], utf16.Length - 1)], utf16[Math.Min(span[1], utf16.Length - 1)]);
}
