using Microsoft.Extensions.DependencyInjection;
using NewsBot.Answering.Service;
using NewsBot.Articles;

namespace NewsBot.Answering.Tests;

/// <summary>
/// One wire story stored under many ids must not crowd out the other articles an answer should read: the answer
/// cites the story once and still finds what the other reports say.
/// </summary>
public sealed class SyndicatedCopyTests
{
    private const string WireStory =
        "Mayor Ulla Lindgren said the ferry fares would rise by a third in May. " +
        "\"The ferry fares have not risen in ten years, and the ferry fares must pay for new ferries,\" Lindgren said.";

    [Fact]
    public async Task Ten_copies_of_a_wire_story_are_cited_once_and_the_local_report_is_still_read()
    {
        Article[] articles =
        [
            .. Enumerable.Range(0, 10).Select(i => TestArchive.Invented($"wire-{i}", "Ferry fares to rise", new DateOnly(2021, 5, 1 + i), WireStory)),
            TestArchive.Invented("local-report", "Council reviews fares", new DateOnly(2021, 5, 12),
                "\"The ferry fares for island residents will stay as they are,\" Mayor Ulla Lindgren said."),
        ];
        using var archive = new TestArchive(articles);
        var answers = archive.Services().GetRequiredService<IAnswerService>();

        var response = await answers.AskAsync("What did Lindgren say about the ferry fares?");

        Assert.Single(response.Citations.Where(c => c.ArticleId.StartsWith("wire-", StringComparison.Ordinal)).Select(c => c.ArticleId).Distinct());
        Assert.True(response.Citations.Any(c => c.ArticleId == "local-report"), response.Answer);
        Assert.Contains("will stay as they are", response.Answer, StringComparison.Ordinal);
    }
}
