using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Tests.Channel;

/// <summary>
/// Plays the channel's side of the Bot Framework protocol on a loopback port: it is the serviceUrl of the
/// activities the tests send, so the bot's replies (typing, answers, welcomes) arrive here as the Bot
/// Connector REST calls a real channel would receive.
/// </summary>
public sealed class LoopbackChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ChannelPost> _posts = new();
    private int _replies;

    private LoopbackChannel(WebApplication app)
    {
        _app = app;
    }

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>What the bot sent, in the order it arrived.</summary>
    public IReadOnlyList<ChannelPost> Posts => [.. _posts];

    public IReadOnlyList<ChannelPost> PostsIn(string conversationId) =>
        Posts.Where(post => post.ConversationId == conversationId).ToList();

    public static async Task<LoopbackChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new LoopbackChannel(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request) =>
            channel.ReceiveAsync(conversationId, activityId, request));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpRequest request) =>
            channel.ReceiveAsync(conversationId, null, request));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        channel.ServiceUrl = address.TrimEnd('/') + "/";
        return channel;
    }

    private async Task<IResult> ReceiveAsync(string conversationId, string? replyToId, HttpRequest request)
    {
        var activity = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        _posts.Enqueue(new ChannelPost(conversationId, replyToId, activity));
        // The id the channel gives the sent message; feedback on it later names this id.
        return Results.Ok(new { id = $"reply-{Interlocked.Increment(ref _replies)}" });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <param name="ReplyToId">The activity the bot replied to (from the URL), or null for a new message.</param>
/// <param name="Activity">The activity as it came over the wire.</param>
public sealed record ChannelPost(string ConversationId, string? ReplyToId, JsonObject Activity)
{
    public string? Type => (string?)Activity["type"];

    public string? Text => (string?)Activity["text"];
}
