namespace NewsBot.Bot.Feedback;

/// <summary>Remembers the answers the bot sent and the feedback users gave on them.</summary>
public interface IFeedbackStore
{
    /// <summary>Keeps what was sent under <see cref="SentAnswer.ReplyActivityId"/>, for feedback that comes later.</summary>
    Task RememberAnswerAsync(SentAnswer answer, CancellationToken ct);

    /// <summary>Stores feedback on the reply with this activity id, together with what that reply said.</summary>
    Task<FeedbackRecord> AddFeedbackAsync(string replyActivityId, FeedbackReaction reaction, string? comment, CancellationToken ct);

    /// <summary>All feedback, oldest first.</summary>
    Task<IReadOnlyList<FeedbackRecord>> ListFeedbackAsync(CancellationToken ct);
}
