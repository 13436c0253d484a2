using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Answering.Service;

namespace NewsBot.Answering.Tests;

/// <summary>The model-backed answer function against a local OpenAI-compatible server with canned replies.</summary>
public sealed class ModelAnswerTests(TestArchive archive) : IClassFixture<TestArchive>, IAsyncLifetime
{
    private const string Question = "What did Peskov say about Washington?";
    private const string Paragraph5 = "\"Washington may perfectly use its influence on Kyiv to induce Ukrainians to abandon provocative actions,\" he added.";

    private FakeChatServer server = null!;
    private IAnswerService answers = null!;

    public async Task InitializeAsync()
    {
        server = await FakeChatServer.StartAsync();
        answers = archive.Services(new Dictionary<string, string?>
        {
            ["AnswerModel:Provider"] = "OpenAICompatible",
            ["AnswerModel:Endpoint"] = server.Endpoint,
            ["AnswerModel:Model"] = "test-model",
            ["AnswerModel:PromptsDirectory"] = Path.Combine(AppContext.BaseDirectory, "prompts"),
        }).GetRequiredService<IAnswerService>();
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_well_cited_model_reply_is_the_answer_and_the_prompt_carries_the_numbered_source_exactly()
    {
        server.Reply = "Peskov said \"Washington may perfectly use its influence on Kyiv\" to make Ukrainians abandon provocative actions [1].";

        var response = await answers.AskAsync(Question, TestArchive.SeedDate);

        Assert.Equal(server.Reply, response.Answer);
        var citation = Assert.Single(response.Citations);
        Assert.Equal(5, citation.Paragraph);
        Assert.Equal(Paragraph5, citation.Text);
        var quote = Assert.Single(response.Quotes);
        Assert.Equal("Washington may perfectly use its influence on Kyiv", archive.Seed.Text[quote.Start..quote.End]);
        var messages = string.Join("\n", JsonDocument.Parse(Assert.Single(server.Requests)).RootElement.GetProperty("messages")
            .EnumerateArray().Select(m => m.GetProperty("content").GetString()));
        Assert.Contains("[1] " + archive.Seed.Title + " (2021-04-14), paragraph 5:\n" + Paragraph5, messages, StringComparison.Ordinal);
        Assert.Contains("if they are insufficient reply exactly NOT_FOUND", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_citing_a_source_that_does_not_exist_never_reaches_the_user_as_sourced()
    {
        server.Reply = "Peskov said Washington plans to send troops to Kyiv [9].";

        var response = await answers.AskAsync(Question, TestArchive.SeedDate);

        Assert.DoesNotContain("send troops", response.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("[9]", response.Answer, StringComparison.Ordinal);
        // Nothing the model wrote survived, so the extractive answer is given: verbatim, cited, verified.
        Assert.Contains(Paragraph5, response.Answer, StringComparison.Ordinal);
        Assert.Equal(5, Assert.Single(response.Citations).Paragraph);
    }

    [Fact]
    public async Task A_misquoting_reply_is_caught_and_only_its_verified_sentences_are_kept()
    {
        server.Reply = "Peskov said \"Washington must force Kyiv to stop its provocations\" [1]. " +
            "He added that Washington may use its influence on Kyiv [1].";

        var response = await answers.AskAsync(Question, TestArchive.SeedDate);

        Assert.Equal("He added that Washington may use its influence on Kyiv [1].", response.Answer);
        Assert.Empty(response.Quotes);
    }

    [Fact]
    public async Task A_NOT_FOUND_reply_gives_the_decline_with_no_citations()
    {
        server.Reply = "NOT_FOUND";

        var response = await answers.AskAsync(Question, TestArchive.SeedDate);

        Assert.Equal(AskResponse.NotFoundAnswer, response.Answer);
        Assert.Empty(response.Citations);
    }

    [Fact]
    public async Task A_question_with_nothing_relevant_in_the_archive_is_declined_without_asking_the_model()
    {
        var response = await answers.AskAsync("What did Macron say about Brexit?", TestArchive.SeedDate);

        Assert.Equal(AskResponse.NotFoundAnswer, response.Answer);
        Assert.Empty(server.Requests);
    }
}
