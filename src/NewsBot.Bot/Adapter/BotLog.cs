using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Adapter;

/// <summary>The bot's log lines. Structured fields only: user text and article text never reach Information.</summary>
internal static partial class BotLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Turn failed on channel {ChannelId} for a {ActivityType} activity; the conversation state was cleared")]
    public static partial void TurnFailed(this ILogger logger, Exception error, string? channelId, string? activityType);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Could not tell the user on channel {ChannelId} that the turn failed, or clear the conversation state")]
    public static partial void TurnFailureNotHandled(this ILogger logger, Exception error, string? channelId);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Answered on channel {ChannelId}: found {Found}, {CitationCount} citations, question {QuestionLength} characters")]
    public static partial void Answered(this ILogger logger, string? channelId, bool found, int citationCount, int questionLength);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = "Refused a message on channel {ChannelId}: {Reason}")]
    public static partial void MessageRefused(this ILogger logger, string? channelId, string reason);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "Feedback {Reaction} stored for reply {ReplyActivityId} (answer on record: {AnswerKnown})")]
    public static partial void FeedbackStored(this ILogger logger, Feedback.FeedbackReaction reaction, string replyActivityId, bool answerKnown);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Warning, Message = "Feedback refused: {Problem}")]
    public static partial void FeedbackRefused(this ILogger logger, string problem);

    [LoggerMessage(EventId = 4030, Level = LogLevel.Information, Message = "Quote search {CommandId} answered with a {ResultType} result of {Count} cards")]
    public static partial void QuoteSearchAnswered(this ILogger logger, string? commandId, string? resultType, int count);
}
