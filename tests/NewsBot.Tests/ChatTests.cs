using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Bot.Tests.Channel;

namespace NewsBot.Tests;

/// <summary>
/// The whole service as Teams and web chat reach it: activities posted to /api/messages, answered by the real
/// answering layer over the seed article, the replies received by a loopback channel.
/// </summary>
public sealed class ChatTests : IAsyncLifetime
{
    private ChatService _service = null!;

    public async Task InitializeAsync() => _service = await ChatService.StartAsync();

    [Fact]
    public async Task In_Teams_a_question_gets_a_cited_answer_and_a_follow_up_builds_on_it()
    {
        var answer = await SayAsync("msteams", "teams-1", "What did Peskov say about Washington?");
        var followUp = await SayAsync("msteams", "teams-1", "What else did he add?");

        Assert.Contains("Washington may perfectly use its influence on Kyiv", (string?)answer["text"], StringComparison.Ordinal);
        var citation = answer["entities"]!.AsArray().Single()!["citation"]!.AsArray()[0]!;
        Assert.Equal(1, (int)citation["position"]!);
        Assert.StartsWith("\"Washington may perfectly", (string?)citation["appearance"]!["abstract"], StringComparison.Ordinal);
        Assert.Contains("groundless", (string?)followUp["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_web_chat_the_answer_lists_its_sources_and_conversations_stay_apart()
    {
        await SayAsync("webchat", "web-1", "What did Peskov say about Washington?");
        var stranger = await SayAsync("webchat", "web-2", "What else did he add?");
        var answer = await SayAsync("webchat", "web-1", "What did the Department of Defense say?");

        Assert.Contains("aware of Russian troop movements", (string?)answer["text"], StringComparison.Ordinal);
        Assert.Contains("2021-04-14, ¶14", (string?)answer["text"], StringComparison.Ordinal);
        Assert.Equal("I could not find that in the archive.", ((string?)stranger["text"])?.Trim());
    }

    /// <summary>Posts a message as the channel would and returns the bot's answer (the message after the typing indicator).</summary>
    private async Task<JsonObject> SayAsync(string channelId, string conversationId, string text)
    {
        var before = _service.Channel.PostsIn(conversationId).Count;
        var response = await _service.Client.PostAsync(new Uri("/api/messages", UriKind.Relative),
            new StringContent(Activities.Message(_service.Channel, channelId, conversationId, text).ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = _service.Channel.PostsIn(conversationId).Skip(before).ToList();
        Assert.Equal("typing", replies[0].Type);
        return replies.Single(post => post.Type == "message").Activity;
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();
}
