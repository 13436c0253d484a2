using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Tests.Channel;

/// <summary>
/// Activities the bot has no use for, or that lack what every activity must carry, get a status that says so and
/// nothing else: no answer, no reply in the conversation, no error in the bot's log.
/// </summary>
public sealed class UnusualActivityTests : BotTestBase
{
    [Fact]
    public async Task An_invoke_the_bot_does_not_know_gets_501_and_nothing_is_answered()
    {
        using var response = await Bot.PostAsync(Activities.Invoke(Channel, "invoked", "application/no-such-action", new JsonObject { ["x"] = 1 }));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        AssertNothingHappened();
    }

    [Theory]
    [InlineData("event")]
    [InlineData("messageReaction")]
    [InlineData("x-made-up-type")]
    public async Task An_activity_of_a_type_the_bot_does_not_answer_is_accepted_and_ignored(string type)
    {
        var activity = Activities.Message(Channel, "webchat", "ignored", "When do the talks resume?");
        activity["type"] = type;
        activity["name"] = "something/happened";

        using var response = await Bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNothingHappened();
    }

    [Fact]
    public async Task An_activity_without_a_reply_address_is_refused_with_400_saying_so()
    {
        var activity = Activities.Message(Channel, "webchat", "no-address", "When do the talks resume?");
        activity.Remove("serviceUrl");

        using var response = await Bot.PostAsync(activity);

        Assert.Equal(
            "The activity has no serviceUrl, so there is nowhere to send the reply: a channel puts the address for replies in serviceUrl.",
            await ProblemDetail(response));
        AssertNothingHappened();
    }

    [Fact]
    public async Task An_activity_without_a_conversation_is_refused_with_400_saying_so()
    {
        var activity = Activities.Message(Channel, "webchat", "no-conversation", "When do the talks resume?");
        activity["conversation"] = new JsonObject();

        using var response = await Bot.PostAsync(activity);

        Assert.Equal(
            "The activity has no conversation.id, so it belongs to no conversation: a channel names the conversation in conversation.id.",
            await ProblemDetail(response));
        AssertNothingHappened();
    }

    [Theory]
    [InlineData("{\"type\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"text\": \"no type\"}")]
    public async Task A_body_that_is_no_activity_is_refused_with_400(string body)
    {
        using var response = await Bot.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNothingHappened();
    }

    private void AssertNothingHappened()
    {
        Assert.Empty(Bot.Answerer.Asked);
        Assert.Empty(Channel.Posts);
        Assert.DoesNotContain(Bot.Log.Lines, line => line.Level >= LogLevel.Error);
    }

    private static async Task<string?> ProblemDetail(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (string?)(await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["detail"];
    }
}
