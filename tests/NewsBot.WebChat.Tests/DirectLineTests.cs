using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsBot.WebChat.Tests;

/// <summary>The local Direct Line as Web Chat uses it, answered by the real bot over the real archive.</summary>
public sealed class DirectLineTests : IAsyncLifetime
{
    private const string PeskovQuote = "Washington may perfectly use its influence on Kyiv";

    private NewsBotHost _host = null!;

    public async Task InitializeAsync() => _host = await NewsBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_question_is_answered_by_the_bot_with_the_quote_and_a_numbered_source_list()
    {
        var chat = await DirectLineClient.StartAsync(_host.Http);

        var question = await chat.SayAsync("What did Peskov say about Washington?");
        var answer = await chat.ReplyToAsync(question);

        var text = (string)answer["text"]!;
        Assert.Contains(PeskovQuote, text, StringComparison.Ordinal);
        Assert.Contains("[1]", text, StringComparison.Ordinal);
        Assert.Contains("**Sources**\n\n1. U.S. President Joe Biden on Tuesday had a phone call with his Russian counterpart Vladimir Putin., 2021-04-14, ¶5", text, StringComparison.Ordinal);
        Assert.Equal("markdown", (string?)answer["textFormat"]);
        Assert.Equal("bot", (string?)answer["from"]!["role"]);
        Assert.Equal("directline", (string?)answer["channelId"]);
    }

    [Fact]
    public async Task The_users_message_is_echoed_first_with_its_client_activity_id_so_web_chat_marks_it_sent()
    {
        var chat = await DirectLineClient.StartAsync(_host.Http);

        var question = await chat.SayAsync("What did Peskov say about Washington?");
        await chat.ReplyToAsync(question);

        var echo = Assert.Single(chat.Seen, a => (string?)a["id"] == question);
        Assert.Equal("What did Peskov say about Washington?", (string?)echo["text"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("reader", (string?)echo["from"]!["id"]);
        Assert.NotNull((string?)echo["channelData"]!["clientActivityID"]);
        Assert.True(chat.Seen.ToList().IndexOf(echo) < chat.Seen.ToList().FindIndex(a => (string?)a["replyToId"] == question));
    }

    [Fact]
    public async Task A_follow_up_in_the_same_conversation_continues_with_the_same_speaker()
    {
        var chat = await DirectLineClient.StartAsync(_host.Http);
        var first = await chat.SayAsync("What did Peskov say about Washington?");
        await chat.ReplyToAsync(first);

        var followUp = await chat.SayAsync("What else did he add?");
        var answer = (string)(await chat.ReplyToAsync(followUp))["text"]!;

        Assert.Contains("groundless", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(PeskovQuote, answer, StringComparison.Ordinal);
        Assert.Contains("**Sources**", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_conversation_never_sees_the_first_conversations_activities()
    {
        var first = await DirectLineClient.StartAsync(_host.Http);
        var second = await DirectLineClient.StartAsync(_host.Http);

        var question = await first.SayAsync("What did Peskov say about Washington?");
        await first.ReplyToAsync(question);
        var greeting = await second.SayAsync("help");
        await second.ReplyToAsync(greeting);

        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.All(second.Seen, a => Assert.Equal(second.ConversationId, (string?)a["conversation"]!["id"]));
        Assert.DoesNotContain(second.Seen, a => (string?)a["text"] == "What did Peskov say about Washington?");
        Assert.DoesNotContain(second.Seen, a => ((string?)a["text"] ?? "").Contains(PeskovQuote, StringComparison.Ordinal));
        Assert.DoesNotContain(first.Seen, a => (string?)a["id"] == greeting);
    }

    [Fact]
    public async Task Another_conversations_token_is_refused_with_403_and_a_json_error()
    {
        var first = await DirectLineClient.StartAsync(_host.Http);
        var second = await DirectLineClient.StartAsync(_host.Http);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{first.ConversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", second.Token);
        using var response = await _host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("The token is not valid for this conversation. Start a conversation to get a token of your own.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Posting_without_a_token_is_refused_with_403_and_says_which_header_to_send()
    {
        var chat = await DirectLineClient.StartAsync(_host.Http);

        using var response = await _host.Http.PostAsJsonAsync($"/v3/directline/conversations/{chat.ConversationId}/activities", new { type = "message", text = "hello" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("This request needs the conversation's token: send the header \"Authorization: Bearer TOKEN\".", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_new_conversation_is_greeted_by_the_bot()
    {
        var chat = await DirectLineClient.StartAsync(_host.Http);

        var deadline = DateTime.UtcNow + NewsBotHost.Patience;
        while (!chat.Seen.Any(a => (string?)a["type"] == "message") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            await chat.PollAsync();
        }

        var greeting = Assert.Single(chat.Seen, a => (string?)a["type"] == "message");
        Assert.StartsWith("Hello! I'm NewsBot.", (string?)greeting["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_gets_a_token_for_the_local_direct_line_by_default()
    {
        using var response = await _host.Http.PostAsync("/webchat/token", content: null);
        var connection = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("v3/directline", connection.GetProperty("directLineUrl").GetString());
        Assert.False(connection.GetProperty("webSocket").GetBoolean());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", connection.GetProperty("token").GetString());
        using var started = await _host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(connection.GetProperty("conversationId").GetString(), (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString());
    }
}
