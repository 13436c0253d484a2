using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Bot.Tests.Channel;

namespace NewsBot.Tests;

/// <summary>
/// What the whole service does with chat traffic it cannot answer, arriving at /api/messages through the real
/// adapter: a clear reply in the conversation when the user can act on it, a status and a problem document when
/// the sender is a program, and never an answer or an error of the service's own.
/// </summary>
public sealed class ChatFaultTests : IAsyncLifetime
{
    private ChatService _service = null!;

    public async Task InitializeAsync() => _service = await ChatService.StartAsync();

    [Fact]
    public async Task An_overlong_chat_message_is_refused_with_the_limit_and_not_answered()
    {
        var question = "What did Peskov say about Washington? " + new string('x', 1_000);

        var response = await PostAsync(Activities.Message(_service.Channel, "webchat", "long", question));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_service.Channel.PostsIn("long"));
        Assert.Equal("message", reply.Type);
        Assert.Equal("Your message is 1,038 characters long; I can take at most 1,000. Please shorten it to the question itself.", reply.Text);
    }

    [Fact]
    public async Task An_activity_without_a_reply_address_gets_a_problem_document_saying_so()
    {
        var activity = Activities.Message(_service.Channel, "msteams", "nowhere", "What did Peskov say about Washington?");
        activity.Remove("serviceUrl");

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "The activity has no serviceUrl, so there is nowhere to send the reply: a channel puts the address for replies in serviceUrl.",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Empty(_service.Channel.Posts);
    }

    [Theory]
    [InlineData("invoke", HttpStatusCode.NotImplemented)]
    [InlineData("event", HttpStatusCode.OK)]
    [InlineData("x-made-up-type", HttpStatusCode.OK)]
    public async Task An_activity_the_bot_has_no_use_for_gets_a_status_and_no_reply(string type, HttpStatusCode expected)
    {
        var activity = Activities.Invoke(_service.Channel, "unusual", "application/no-such-action", new JsonObject { ["x"] = 1 });
        activity["type"] = type;

        var response = await PostAsync(activity);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_service.Channel.Posts);
        // The service is unharmed: the next question in the same conversation is answered.
        await PostAsync(Activities.Message(_service.Channel, "msteams", "unusual", "What did Peskov say about Washington?"));
        Assert.Contains("Washington may perfectly use its influence on Kyiv", _service.Channel.PostsIn("unusual").Single(p => p.Type == "message").Text, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        _service.Client.PostAsync(new Uri("/api/messages", UriKind.Relative),
            new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    public async Task DisposeAsync() => await _service.DisposeAsync();
}
