using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.WebChat.Tests;

/// <summary>One browser's Direct Line conversation, driven over HTTP as Web Chat drives it: start, post, poll.</summary>
public sealed class DirectLineClient
{
    private readonly HttpClient _http;
    private readonly List<JsonObject> _seen = [];
    private string? _watermark;

    private DirectLineClient(HttpClient http, string conversationId, string token)
    {
        _http = http;
        ConversationId = conversationId;
        Token = token;
    }

    public string ConversationId { get; }

    public string Token { get; }

    /// <summary>Every activity polled so far, in order.</summary>
    public IReadOnlyList<JsonObject> Seen => _seen;

    public static async Task<DirectLineClient> StartAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/v3/directline/conversations", content: null);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, started.GetProperty("streamUrl").ValueKind);
        return new DirectLineClient(http, started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!);
    }

    public async Task<string> SayAsync(string text)
    {
        using var request = Request(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities");
        request.Content = JsonContent.Create(new { type = "message", from = new { id = "reader", role = "user" }, text, channelData = new { clientActivityID = Guid.NewGuid().ToString("N") } });
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Polls, as Web Chat does every second, until a bot message that replies to <paramref name="activityId"/> arrives.</summary>
    public async Task<JsonObject> ReplyToAsync(string activityId)
    {
        var deadline = DateTime.UtcNow + NewsBotHost.Patience;
        while (DateTime.UtcNow < deadline)
        {
            await PollAsync();
            var reply = _seen.FirstOrDefault(a => (string?)a["type"] == "message" && (string?)a["replyToId"] == activityId);
            if (reply is not null)
            {
                return reply;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"No reply to {activityId} within {NewsBotHost.Patience.TotalSeconds} s; seen: {string.Join(" | ", _seen.Select(a => a.ToJsonString()))}");
    }

    public async Task PollAsync()
    {
        using var response = await _http.SendAsync(Request(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={_watermark}"));
        response.EnsureSuccessStatusCode();
        var set = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        _seen.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
        _watermark = (string?)set["watermark"];
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return request;
    }
}
