using NewsBot.Articles;
using NewsBot.Quotes;

namespace NewsBot.Evaluation;

/// <summary>
/// Scores statement dates and speakers against MEANTIME speech events: a speech event is found when one of our
/// statements has its cue there; its date is right when it equals the annotated day the statement was made.
/// </summary>
internal sealed class MeantimeEvaluation(QuoteExtractor extractor)
{
    internal sealed record Result(int SpeechEvents, int Found, int Dated, int DatedRight, int ArticleDateRight, int Named, int NamedRight, int Unaligned);

    public Result Run(string folder, string? errorFolder)
    {
        using var errors = errorFolder is null ? null : new StreamWriter(Path.Combine(errorFolder, "meantime-date-errors.tsv"));
        var speech = JsonLines.Read<MeantimeRow>(Path.Combine(folder, "gold.jsonl"))
            .Where(r => r.Kind == "speech" && r.CueStart is not null && r.CueEnd is not null)
            .ToLookup(r => r.ArticleId);
        int events = 0, found = 0, dated = 0, datedRight = 0, articleDateRight = 0, named = 0, namedRight = 0, unaligned = 0;
        foreach (var source in JsonLines.Read<MeantimeArticle>(Path.Combine(folder, "articles.jsonl")))
        {
            var published = JsonLines.Date(source.Date);
            var article = ArticleBuilder.Build(new RawArticle(source.Text) { Id = source.ArticleId, Date = published });
            var map = article is null ? null : OffsetMap.Align(article.Text, source.Text);
            if (article is null || map is null)
            {
                unaligned++;
                continue;
            }
            var utf16 = OffsetMap.CodePointToUtf16(source.Text);
            var quotes = extractor.Extract(article);
            foreach (var row in speech[source.ArticleId])
            {
                events++;
                var cue = new TextSpan(utf16[row.CueStart!.Value], utf16[row.CueEnd!.Value]);
                var quote = quotes.FirstOrDefault(q => q.CueSpan is { } c && SpanMatching.Overlaps(map.ToSource(c), cue));
                if (quote is null)
                {
                    continue;
                }
                found++;
                if (JsonLines.Date(row.EventTime) is { } said && row.EventTime!.Length == 10)
                {
                    dated++;
                    datedRight += quote.Date == said ? 1 : 0;
                    if (quote.Date != said)
                    {
                        errors?.WriteLine($"{said:yyyy-MM-dd}\t{quote.Date:yyyy-MM-dd}\t{quote.DateRule}\t{published:yyyy-MM-dd}\t{source.Text[Math.Max(0, cue.Start - 150)..Math.Min(source.Text.Length, cue.End + 60)].ReplaceLineEndings(" ")}");
                    }
                    articleDateRight += published == said ? 1 : 0;
                }
                if (row.SpeakerResolved is not null)
                {
                    named++;
                    var goldSpeaker = row.SpeakerStart is { } s && row.SpeakerEnd is { } e ? [new TextSpan(utf16[s], utf16[e])] : new List<TextSpan>();
                    var speakerSpan = quote.SpeakerSpan is { } span ? map.ToSource(span) : (TextSpan?)null;
                    // Resolved names are compared by name: the mention may be "he" in both.
                    namedRight += SpeakerMatch.IsCorrect(quote, null, [], row.SpeakerResolved) || SpeakerMatch.IsCorrect(quote, speakerSpan, goldSpeaker, row.Speaker) ? 1 : 0;
                }
            }
        }
        return new Result(events, found, dated, datedRight, articleDateRight, named, namedRight, unaligned);
    }
}
