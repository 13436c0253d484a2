using Microsoft.Extensions.DependencyInjection;
using NewsBot.Answering.Service;
using NewsBot.Index;
using Xunit.Abstractions;

namespace NewsBot.Answering.Tests.EvalSet;

/// <summary>
/// The evaluation set (questions.jsonl: 20 on the seed article, 30 on the Wikinews corpus, 15 of them unanswerable)
/// run against the extractive answerer and, in the same run, against plain BM25 (the top passage as the answer).
/// </summary>
public sealed class EvaluationTests(CorpusArchive archive, ITestOutputHelper output) : IClassFixture<CorpusArchive>
{
    private static readonly DateOnly AsOf = new(2021, 4, 14);

    [Fact]
    public async Task The_extractive_answerer_clearly_beats_the_top_BM25_passage()
    {
        var answers = archive.Services.GetRequiredService<IAnswerService>();
        var extractive = new EvalScore("extractive");
        var baseline = new EvalScore("BM25 top passage");
        foreach (var question in EvalQuestion.Load())
        {
            var expected = question.Article == "seed" ? archive.SeedId : question.Article ?? "";
            var response = await answers.AskAsync(question.Question, AsOf);
            extractive.Add(question, response.Answer, response.Citations.Select(c => c.ArticleId).ToList(), expected);
            if (response.Found != question.Answerable || (question.Answerable && !question.Expect.Any(w => response.Answer.Contains(w, StringComparison.OrdinalIgnoreCase))))
            {
                output.WriteLine($"miss: {question.Question} -> {response.Answer}");
            }

            var top = archive.Index.Search(new PassageQuery(question.Question) { Limit = 1 });
            baseline.Add(question, top.Count == 0 ? "" : top[0].Text, top.Select(h => h.ArticleId).ToList(), expected);
        }
        output.WriteLine(extractive.ToString());
        output.WriteLine(baseline.ToString());

        Assert.True(extractive.Overall >= baseline.Overall + 0.25, $"{extractive} / {baseline}");
        Assert.True(extractive.DeclinedShare >= 0.9, extractive.ToString());
        Assert.True(extractive.CitationPrecision >= 0.9, extractive.ToString());
    }
}
