using Microsoft.Extensions.Logging;

namespace NewsBot.WebChat;

/// <summary>The chat page's log lines. Structured fields only: what users type never reaches the log.</summary>
internal static partial class WebChatLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "The bot could not take a {ActivityType} activity from the local Direct Line")]
    public static partial void DeliveryFailed(this ILogger logger, Exception error, string? activityType);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "The local Direct Line does not know this service's address; set WebChat:ServiceUrl")]
    public static partial void NoServiceUrl(this ILogger logger);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "Direct Line refused to give a token: status {Status}")]
    public static partial void TokenRefused(this ILogger logger, int status);
}
