namespace NewsBot.WebChat.Page;

/// <summary>What the chat page needs to open its Direct Line: where it is, and one conversation's token.</summary>
/// <param name="DirectLineUrl">Absolute for Azure; relative to the page for the local Direct Line.</param>
/// <param name="WebSocket">Azure streams activities over a WebSocket; the local Direct Line is polled.</param>
public sealed record PageConnection(string DirectLineUrl, string Token, string? ConversationId, bool WebSocket);
