using System.Diagnostics;
using NewsBot.Articles;
using NewsBot.Quotes;

namespace NewsBot.Evaluation;

/// <summary>Times extraction over a corpus of articles already built (building is the ingestion's cost, not ours).</summary>
internal sealed class SpeedBenchmark(QuoteExtractor extractor)
{
    /// <param name="Processor">Processor time the process spent meanwhile: on a busy shared machine this is steadier than <paramref name="Elapsed"/>.</param>
    internal sealed record Result(int Articles, int Quotes, TimeSpan WarmUp, TimeSpan Elapsed, TimeSpan Processor);

    public Result Run(string corpusFile)
    {
        var articles = JsonLines.Read<CorpusArticle>(corpusFile)
            .Select(a => ArticleBuilder.Build(new RawArticle(a.Text) { Id = a.Id, Title = a.Title, Date = JsonLines.Date(a.Date) }))
            .OfType<Article>()
            .ToList();
        var warmUp = Stopwatch.StartNew();
        extractor.Extract(ArticleBuilder.Build(new RawArticle("On Wednesday, Mayor Jan Novak said the bridge would reopen.") { Date = new DateOnly(2021, 4, 14) })!);
        warmUp.Stop();
        var quotes = 0;
        using var process = Process.GetCurrentProcess();
        var processorBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            quotes += extractor.Extract(article).Count;
        }
        clock.Stop();
        process.Refresh();
        return new Result(articles.Count, quotes, warmUp.Elapsed, clock.Elapsed, process.TotalProcessorTime - processorBefore);
    }
}
