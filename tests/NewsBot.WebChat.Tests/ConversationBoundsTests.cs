using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsBot.WebChat.Tests;

/// <summary>The local Direct Line keeps conversations in memory, so it bounds how many, and how much of each.</summary>
public sealed class ConversationBoundsTests
{
    [Fact]
    public async Task Beyond_the_conversation_limit_the_least_recently_used_conversation_is_evicted()
    {
        await using var host = await NewsBotHost.StartAsync(new Dictionary<string, string?> { ["WebChat:MaxConversations"] = "2" });
        var oldest = await DirectLineClient.StartAsync(host.Http);
        var recent = await DirectLineClient.StartAsync(host.Http);
        await recent.PollAsync();
        // The bot writing to the oldest conversation last (a late greeting, say) does not make its reader's use recent.
        using (var late = await host.Http.PostAsJsonAsync($"/v3/conversations/{oldest.ConversationId}/activities", new { type = "message", text = "Still there?" }))
        {
            late.EnsureSuccessStatusCode();
        }

        var newest = await DirectLineClient.StartAsync(host.Http);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{oldest.ConversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", oldest.Token);
        using var response = await host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await recent.PollAsync();
        await newest.PollAsync();
    }

    [Fact]
    public async Task A_conversation_keeps_only_its_latest_activities_and_the_watermark_still_counts_them_all()
    {
        await using var host = await NewsBotHost.StartAsync(new Dictionary<string, string?> { ["WebChat:MaxActivitiesPerConversation"] = "10" });
        var chat = await DirectLineClient.StartAsync(host.Http);
        for (var i = 0; i < 6; i++)
        {
            await chat.ReplyToAsync(await chat.SayAsync("help"));
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}/activities?watermark=0");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        using var response = await host.Http.SendAsync(request);
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();

        // A greeting, then six questions with their replies: 13 in all, of which the last 10 are kept.
        Assert.Equal(10, set.GetProperty("activities").GetArrayLength());
        Assert.Equal("13", set.GetProperty("watermark").GetString());
        Assert.Equal((string?)chat.Seen[^1]["id"], set.GetProperty("activities")[9].GetProperty("id").GetString());
    }
}
