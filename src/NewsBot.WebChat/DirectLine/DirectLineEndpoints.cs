using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsBot.WebChat.DirectLine;

/// <summary>
/// The client's side of Direct Line 3.0, as Microsoft's Web Chat uses it without WebSockets: get a token, start
/// the conversation, post activities, poll for activities after a watermark. Every call on a conversation needs
/// that conversation's token ("Authorization: Bearer TOKEN"); anything else gets 403 and a JSON error.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var directLine = app.MapGroup(Prefix);
        directLine.MapPost("/tokens/generate", GenerateTokenAsync);
        directLine.MapPost("/tokens/refresh", RefreshToken);
        directLine.MapPost("/conversations", StartConversation);
        directLine.MapGet("/conversations/{conversationId}", Reconnect);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivities);
        return app;
    }

    /// <summary>
    /// A token for a new conversation. Azure asks for the channel secret here; the local Direct Line has none to
    /// ask for, since the page is open to anyone who can reach it. The body may name the user: {"user":{"id"}}.
    /// </summary>
    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, ConversationStore store, CancellationToken cancellationToken)
    {
        var (body, problem) = await DirectLineJson.ReadAsync<JObject>(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        var conversation = store.Create((body?["user"] as JObject)?.Value<string>("id"));
        return DirectLineJson.Ok(Describe(conversation, store, withStreamUrl: false));
    }

    private static IResult RefreshToken(HttpRequest request, ConversationStore store)
    {
        var conversation = store.Authorize(request.Headers.Authorization, null, out var problem);
        if (conversation is null)
        {
            return DirectLineJson.Forbidden(problem);
        }
        store.Refresh(conversation);
        return DirectLineJson.Ok(Describe(conversation, store, withStreamUrl: false));
    }

    /// <summary>
    /// Starts the conversation a token was generated for, or, without a token, a new one. The stream URL is null:
    /// the client polls.
    /// </summary>
    private static IResult StartConversation(HttpRequest request, ConversationStore store, BotDelivery delivery)
    {
        LocalConversation? conversation;
        if (string.IsNullOrEmpty(request.Headers.Authorization))
        {
            conversation = store.Create(userId: null);
        }
        else if ((conversation = store.Authorize(request.Headers.Authorization, null, out var problem)) is null)
        {
            return DirectLineJson.Forbidden(problem);
        }
        if (conversation.MarkStarted())
        {
            delivery.Start(conversation);
        }
        return DirectLineJson.Ok(Describe(conversation, store, withStreamUrl: true), StatusCodes.Status201Created);
    }

    private static IResult Reconnect(string conversationId, HttpRequest request, ConversationStore store)
    {
        var conversation = store.Authorize(request.Headers.Authorization, conversationId, out var problem);
        return conversation is null ? DirectLineJson.Forbidden(problem) : DirectLineJson.Ok(Describe(conversation, store, withStreamUrl: true));
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpRequest request, ConversationStore store, BotDelivery delivery, CancellationToken cancellationToken)
    {
        var conversation = store.Authorize(request.Headers.Authorization, conversationId, out var problem);
        if (conversation is null)
        {
            return DirectLineJson.Forbidden(problem);
        }
        var (activity, badRequest) = await DirectLineJson.ReadActivityAsync(request, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            return badRequest!;
        }
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The activity has no type: send {\"type\":\"message\",\"text\":\"…\"}.");
        }
        var delivered = delivery.Deliver(conversation, activity);
        return DirectLineJson.Ok(new ResourceResponse(delivered.Id));
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, ConversationStore store)
    {
        var conversation = store.Authorize(request.Headers.Authorization, conversationId, out var problem);
        if (conversation is null)
        {
            return DirectLineJson.Forbidden(problem);
        }
        long from = 0;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out from)))
        {
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", $"The watermark must be a number from a previous response, not \"{watermark}\".");
        }
        var (activities, next) = conversation.Since(from);
        return DirectLineJson.Ok(new ActivitySet(activities, next.ToString(CultureInfo.InvariantCulture)));
    }

    private static JObject Describe(LocalConversation conversation, ConversationStore store, bool withStreamUrl)
    {
        var description = new JObject
        {
            ["conversationId"] = conversation.Id,
            ["token"] = conversation.Token,
            ["expires_in"] = (int)store.TokenLifetime.TotalSeconds,
        };
        if (withStreamUrl)
        {
            description["streamUrl"] = JValue.CreateNull();
        }
        return description;
    }

    /// <summary>Direct Line's answer to a poll.</summary>
    private sealed record ActivitySet(
        [property: JsonProperty("activities")] IReadOnlyList<Activity> Activities,
        [property: JsonProperty("watermark")] string Watermark);
}
