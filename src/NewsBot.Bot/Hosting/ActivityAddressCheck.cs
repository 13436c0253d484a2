using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Bot.Hosting;

/// <summary>
/// Looks, before the adapter does, for the two addresses every activity must carry: where to reply (serviceUrl) and
/// which conversation it belongs to (conversation.id). The SDK does not check them: without a serviceUrl it throws
/// before the turn starts (a 500), and without a conversation the turn fails and is logged as a bot error, though
/// in both cases the sender is at fault. Anything else, including bodies that are not JSON, is the adapter's to judge.
/// </summary>
internal static class ActivityAddressCheck
{
    /// <summary>What is missing, as the sender should read it; null when the adapter can take the request.</summary>
    public static async Task<string?> ProblemAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
            var activity = body.RootElement;
            if (activity.ValueKind != JsonValueKind.Object || !HasText(activity, "type"))
            {
                return null;
            }
            if (!HasText(activity, "serviceUrl"))
            {
                return "The activity has no serviceUrl, so there is nowhere to send the reply: a channel puts the address for replies in serviceUrl.";
            }
            if (!activity.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object || !HasText(conversation, "id"))
            {
                return "The activity has no conversation.id, so it belongs to no conversation: a channel names the conversation in conversation.id.";
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static bool HasText(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());
}
