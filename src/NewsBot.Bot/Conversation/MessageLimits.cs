namespace NewsBot.Bot.Conversation;

public static class MessageLimits
{
    /// <summary>Longer messages are refused with a reply that names this limit; a question fits easily.</summary>
    public const int MaxQuestionCharacters = 1_000;
}
