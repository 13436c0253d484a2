using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.WebChat.DirectLine;
using NewsBot.WebChat.Hosting;

namespace NewsBot.WebChat.Page;

/// <summary>
/// Gets the chat page a conversation token: from the local Direct Line, or, with WebChat:DirectLineUrl set, from
/// that Direct Line (Azure Bot Service's) in exchange for the channel secret, which so stays on the server.
/// </summary>
internal sealed class ConversationTokens(
    IOptions<WebChatSettings> settings,
    ConversationStore store,
    IHttpClientFactory httpClients,
    ILogger<ConversationTokens> logger)
{
    public async Task<PageConnection> CreateAsync(CancellationToken cancellationToken)
    {
        var webChat = settings.Value;
        if (webChat.UsesLocalDirectLine)
        {
            var conversation = store.Create(userId: null);
            return new PageConnection(DirectLineEndpoints.Prefix.TrimStart('/'), conversation.Token, conversation.Id, WebSocket: false);
        }
        var directLine = webChat.DirectLineUrl!.TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, directLine + "/tokens/generate")
        {
            // A user id of our making (Direct Line's "dl_" prefix) keeps one browser's conversation its own.
            Content = JsonContent.Create(new { user = new { id = "dl_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)) } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", webChat.DirectLineSecret);
        using var response = await httpClients.CreateClient(nameof(ConversationTokens)).SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            logger.TokenRefused((int)response.StatusCode);
            throw new DirectLineUnavailableException($"The Direct Line at {directLine} refused a token (HTTP {(int)response.StatusCode}); check WebChat:DirectLineSecret.");
        }
        var token = await response.Content.ReadFromJsonAsync<GeneratedToken>(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token?.Token))
        {
            throw new DirectLineUnavailableException($"The Direct Line at {directLine} answered without a token.");
        }
        return new PageConnection(directLine, token.Token, token.ConversationId, WebSocket: true);
    }

    private sealed record GeneratedToken(
        [property: JsonPropertyName("token")] string? Token,
        [property: JsonPropertyName("conversationId")] string? ConversationId);
}

/// <summary>The configured Direct Line gave no token; the message says what to check.</summary>
public sealed class DirectLineUnavailableException(string message) : Exception(message);
