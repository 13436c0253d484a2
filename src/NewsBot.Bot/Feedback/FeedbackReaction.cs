namespace NewsBot.Bot.Feedback;

/// <summary>Teams' thumbs up ("like") and thumbs down ("dislike").</summary>
public enum FeedbackReaction
{
    Like,
    Dislike,
}
