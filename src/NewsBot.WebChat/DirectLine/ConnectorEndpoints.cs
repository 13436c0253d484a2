using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Schema;

namespace NewsBot.WebChat.DirectLine;

/// <summary>
/// The channel's side of the Bot Connector REST API, at the serviceUrl the local Direct Line stamps on activities:
/// the bot's replies (answers, typing, welcomes) arrive here and join the conversation the client polls.
/// Conversation ids are random and known only to the conversation's client and the bot, so these endpoints need
/// no token: whoever can name a conversation can only add to their own.
/// </summary>
internal static class ConnectorEndpoints
{
    public static IEndpointRouteBuilder MapConnector(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpRequest request, ConversationStore store, TimeProvider clock, CancellationToken ct) =>
            ReceiveAsync(conversationId, null, request, store, clock, ct));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request, ConversationStore store, TimeProvider clock, CancellationToken ct) =>
            ReceiveAsync(conversationId, activityId, request, store, clock, ct));
        return app;
    }

    private static async Task<IResult> ReceiveAsync(string conversationId, string? replyToId, HttpRequest request, ConversationStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (store.Find(conversationId) is not { } conversation)
        {
            return DirectLineJson.Error(StatusCodes.Status404NotFound, "BadArgument", "There is no such conversation (it may have ended and been evicted).");
        }
        var (activity, problem) = await DirectLineJson.ReadActivityAsync(request, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            return problem!;
        }
        activity.ChannelId = BotDelivery.ChannelId;
        activity.ReplyToId ??= replyToId;
        activity.From ??= BotDelivery.BotAccount;
        activity.From.Role = RoleTypes.Bot;
        // The timestamp is the channel's to give, as on Azure; the bot's own clock does not order the conversation.
        activity.Timestamp = null;
        var kept = conversation.Append(activity, clock.GetUtcNow());
        return DirectLineJson.Ok(new ResourceResponse(kept.Id));
    }
}
