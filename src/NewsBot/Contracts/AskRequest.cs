namespace NewsBot.Contracts;

/// <summary>The body of POST /api/ask. <see cref="Date"/> (YYYY-MM-DD) is the day relative dates are resolved against.</summary>
public sealed record AskRequest(string? Question, string? Date, string? ConversationId);
