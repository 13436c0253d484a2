using Microsoft.Extensions.Logging;
using NewsBot.Answering.Verification;

namespace NewsBot.Answering.Service;

/// <summary>Structured log events of answering. No question text or article text at Information level.</summary>
internal static partial class AnsweringLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Answered a {Kind} question with {Citations} citations by the {Function} function")]
    public static partial void Answered(ILogger logger, Questions.QuestionKind kind, int citations, string function);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Declined a {Kind} question: {Reason}")]
    public static partial void Declined(ILogger logger, Questions.QuestionKind kind, string reason);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Removed a model claim that failed verification ({Problem})")]
    public static partial void RemovedModelClaim(ILogger logger, ClaimProblem problem);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Nothing the model wrote could be verified; falling back to the extractive answer")]
    public static partial void ModelAnswerRejected(ILogger logger);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "The answer model failed; falling back to the extractive answer")]
    public static partial void ModelFailed(ILogger logger, Exception exception);
}
