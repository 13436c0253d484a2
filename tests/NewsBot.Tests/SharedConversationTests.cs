using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsBot.Bot.Tests.Redis;

namespace NewsBot.Tests;

/// <summary>
/// Several service instances sharing one Redis (BotStorage:Redis): a follow-up question works on whichever
/// instance receives it, and after the instance that answered the first question is gone.
/// </summary>
public sealed class SharedConversationTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly List<WebApplicationFactory<Program>> _instances = [];

    [Fact]
    public async Task A_follow_up_reaches_its_conversation_on_another_instance_and_after_a_restart()
    {
        var first = await StartInstance("a");
        var second = await StartInstance("b");

        await Ask(first, "What did Peskov say about Washington?", "shared-1");
        var followUp = await Ask(second, "What else did he add?", "shared-1");
        await _instances[0].DisposeAsync(); // the instance that answered first is gone
        var afterRestart = await Ask(await StartInstance("c"), "And Khomchak?", "shared-1");
        var stranger = await Ask(second, "What else did he add?", "someone-else");

        Assert.True(followUp.GetProperty("answer").GetString()!.Contains("groundless", StringComparison.Ordinal), followUp.ToString());
        Assert.Contains("Khomchak", afterRestart.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.False(stranger.GetProperty("found").GetBoolean(), "a new conversation has no 'he' to follow up on");
    }

    private async Task<HttpClient> StartInstance(string name)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Archive:IndexDirectory", _temp.Sub($"index-{name}"))
            .UseSetting("BotStorage:Redis", redis.ConnectionString)
            .UseSetting("BotStorage:KeyPrefix", "shared-conversation-test:"));
        _instances.Add(factory);
        var client = factory.CreateClient();
        await ServiceReadiness.WaitUntilReadyAsync(client);
        return client;
    }

    private static async Task<JsonElement> Ask(HttpClient client, string question, string conversationId)
    {
        var response = await client.PostAsJsonAsync("/api/ask", new { question, conversationId, date = "2021-04-14" });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose()
    {
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }
        _temp.Dispose();
    }
}
