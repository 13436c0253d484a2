using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Answering;
using NewsBot.Answering.Service;
using NewsBot.Benchmarks.Measurement;
using NewsBot.Benchmarks.Queries;
using NewsBot.Index;

namespace NewsBot.Benchmarks.Retrieval;

/// <summary>
/// Search, quotes and ask called directly, without HTTP: a NewsIndex over the index the app built, and the answering
/// service composed as the app composes it (the same registrations, default configuration: the extractive answerer).
/// </summary>
internal static class InProcessRetrieval
{
    public static async Task<RetrievalFigures> MeasureAsync(string indexDirectory, IReadOnlyList<BenchmarkQuery> queries, int rounds)
    {
        using var index = NewsIndex.Open(indexDirectory);
        var services = new ServiceCollection()
            // Logging goes nowhere: the figure is the answering work, not a console's speed.
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddNewsBotAnswering(index, new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var answers = provider.GetRequiredService<IAnswerService>();

        var search = await LatencyHarness.Measure(queries, rounds, q => index.Search(new PassageQuery(q.Keywords) { Limit = 10 })).ConfigureAwait(false);
        var ranking = await LatencyHarness.Measure(queries, rounds, q => index.FindArticleIds(new PassageQuery(q.Keywords) { Limit = 10 })).ConfigureAwait(false);
        var quotes = await LatencyHarness.Measure(queries, rounds, q => index.SearchQuotes(new QuoteQuery { Speaker = q.Speaker, Limit = 10 })).ConfigureAwait(false);
        var ask = await LatencyHarness.MeasureAsync(queries, rounds, q => answers.AskAsync(q.Question)).ConfigureAwait(false);
        return new RetrievalFigures(search, quotes, ask) { Ranking = ranking };
    }
}
