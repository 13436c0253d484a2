namespace NewsBot.Bot.Conversation;

/// <summary>
/// What the bot remembers about one conversation between turns. It lives in the SDK's ConversationState, so with
/// Redis storage it survives restarts and is seen by every service instance.
/// </summary>
public sealed class ConversationContext
{
    /// <summary>The date the user pinned with "as of YYYY-MM-DD"; follow-up questions are answered as of it.</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>The last question answered, with the id of the reply that answered it.</summary>
    public string? LastQuestion { get; set; }

    public string? LastReplyId { get; set; }

    public int QuestionsAnswered { get; set; }
}
