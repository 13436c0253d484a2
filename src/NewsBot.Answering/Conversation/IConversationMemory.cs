namespace NewsBot.Answering.Conversation;

/// <summary>
/// Remembers the last turn of each conversation. The in-memory implementation serves one process; the service
/// puts the same record in the bot's state storage (memory or Redis) so follow-ups survive restarts and work
/// across instances. Asynchronous because that storage is.
/// </summary>
public interface IConversationMemory
{
    Task<ConversationTurn?> LastTurnAsync(string conversationId, CancellationToken cancellationToken);

    Task RememberAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken);
}
