using Microsoft.Extensions.DependencyInjection;
using NewsBot.Answering.Service;

namespace NewsBot.Answering.Tests;

public sealed class ExtractiveAnswerTests(TestArchive archive) : IClassFixture<TestArchive>
{
    private readonly IAnswerService answers = archive.Services().GetRequiredService<IAnswerService>();

    private Task<AskResponse> Ask(string question) => answers.AskAsync(question, TestArchive.SeedDate);

    [Fact]
    public async Task What_Peskov_said_about_Washington_quotes_paragraph_5_verbatim()
    {
        var response = await Ask("What did Peskov say about Washington?");

        var citation = Assert.Single(response.Citations);
        Assert.Equal(5, citation.Paragraph);
        Assert.Equal(archive.Seed.Id, citation.ArticleId);
        Assert.Equal(archive.Seed.Text[citation.Start..citation.End], citation.Text);
        const string quoted = "Washington may perfectly use its influence on Kyiv to induce Ukrainians to abandon provocative actions,";
        Assert.Contains("\"" + quoted + "\" he added.", response.Answer, StringComparison.Ordinal);
        Assert.EndsWith("[1]", response.Answer, StringComparison.Ordinal);
        var quote = Assert.Single(response.Quotes);
        Assert.Equal(archive.Seed.Text[quote.Start..quote.End], quote.Text);
        Assert.Contains("Peskov", quote.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_said_the_concern_was_groundless_names_Peskov_with_a_citation()
    {
        var response = await Ask("Who said the concern was groundless?");

        Assert.StartsWith("Dmitry Peskov:", response.Answer, StringComparison.Ordinal);
        var citation = Assert.Single(response.Citations);
        Assert.Contains("groundless", citation.Text, StringComparison.Ordinal);
        Assert.Contains("[1]", response.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_Biden_called_Putin_is_answered_with_the_day_and_a_citation()
    {
        var response = await Ask("When did Biden call Putin?");

        Assert.Matches("April 13|Tuesday", response.Answer);
        Assert.NotEmpty(response.Citations);
        Assert.All(response.Citations, c => Assert.Contains("phone call", c.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What did Macron say about Brexit?")]
    [InlineData("Who said the moon is made of cheese?")]
    [InlineData("When did Peskov visit Paris?")]
    [InlineData("What did Khomchak say about the harbour?")]
    [InlineData("How many goals did Real Madrid score?")]
    public async Task A_question_the_archive_cannot_answer_is_declined_without_citations(string question)
    {
        var response = await Ask(question);

        Assert.Equal(AskResponse.NotFoundAnswer, response.Answer);
        Assert.Empty(response.Citations);
        Assert.Empty(response.Quotes);
    }

    [Fact]
    public async Task What_Khomchak_said_in_a_date_range_is_found_through_the_report_days_later()
    {
        var response = await Ask("What did Khomchak say on April 8?");

        Assert.Contains(response.Citations, c => c.Paragraph == 16);
    }

    [Fact]
    public async Task A_date_range_that_excludes_the_report_declines()
    {
        var response = await Ask("What did Peskov say about Washington in March 2020?");

        Assert.Equal(AskResponse.NotFoundAnswer, response.Answer);
    }

    [Fact]
    public async Task Who_called_the_plan_reckless_is_answered_from_an_invented_article()
    {
        var response = await Ask("Who called the plan reckless?");

        Assert.StartsWith("Karl Brandt:", response.Answer, StringComparison.Ordinal);
        Assert.Equal("invented-budget", Assert.Single(response.Citations).ArticleId);
    }

    [Fact]
    public async Task Citation_numbers_and_spans_agree_with_the_article_text()
    {
        var response = await Ask("What did Peskov say?");

        Assert.NotEmpty(response.Citations);
        Assert.Equal(Enumerable.Range(1, response.Citations.Count), response.Citations.Select(c => c.N));
        foreach (var citation in response.Citations)
        {
            Assert.Contains($"[{citation.N}]", response.Answer, StringComparison.Ordinal);
            Assert.Equal(archive.Index.GetArticle(citation.ArticleId)!.Text[citation.Start..citation.End], citation.Text);
        }
    }
}
