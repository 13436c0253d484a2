namespace NewsBot.Answering.Conversation;

/// <summary>
/// Remembers the last turn of each conversation. The in-memory implementation serves one process; the bot layer
/// can put the same record on Bot Framework conversation state by implementing this interface.
/// </summary>
public interface IConversationMemory
{
    ConversationTurn? LastTurn(string conversationId);

    void Remember(string conversationId, ConversationTurn turn);
}
