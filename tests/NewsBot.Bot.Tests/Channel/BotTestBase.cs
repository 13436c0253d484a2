using System.Net;
using System.Text.Json.Nodes;

namespace NewsBot.Bot.Tests.Channel;

/// <summary>A fresh bot and a fresh loopback channel for every test.</summary>
public abstract class BotTestBase : IAsyncLifetime
{
    protected LoopbackChannel Channel { get; private set; } = null!;

    protected BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await LoopbackChannel.StartAsync();
        Bot = await BotHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Channel.DisposeAsync();
    }

    /// <summary>Sends a message and returns what the bot sent back in that conversation during the turn.</summary>
    protected async Task<IReadOnlyList<ChannelPost>> SayAsync(string channelId, string conversationId, string? text, JsonArray? attachments = null)
    {
        var before = Channel.PostsIn(conversationId).Count;
        using var response = await Bot.PostAsync(Activities.Message(Channel, channelId, conversationId, text, attachments));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Channel.PostsIn(conversationId).Skip(before).ToList();
    }

    protected static ChannelPost SingleMessage(IReadOnlyList<ChannelPost> posts) =>
        Assert.Single(posts, post => post.Type == "message");
}
