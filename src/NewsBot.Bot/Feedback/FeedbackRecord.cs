namespace NewsBot.Bot.Feedback;

/// <summary>One piece of feedback a user gave on one answer.</summary>
/// <param name="Comment">What the user typed after pressing the button, if anything.</param>
/// <param name="Answer">The answer the feedback is about; null when the bot has no record of that reply (e.g. sent before storage was shared).</param>
public sealed record FeedbackRecord(
    string ReplyActivityId,
    FeedbackReaction Reaction,
    string? Comment,
    DateTimeOffset ReceivedAt,
    SentAnswer? Answer);
