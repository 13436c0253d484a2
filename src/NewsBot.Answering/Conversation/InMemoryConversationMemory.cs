using System.Collections.Concurrent;

namespace NewsBot.Answering.Conversation;

/// <summary>Keeps the last turn per conversation id in this process; lost on restart, which only costs follow-ups.</summary>
public sealed class InMemoryConversationMemory : IConversationMemory
{
    private readonly ConcurrentDictionary<string, ConversationTurn> turns = new(StringComparer.Ordinal);

    public ConversationTurn? LastTurn(string conversationId) =>
        turns.TryGetValue(conversationId, out var turn) ? turn : null;

    public void Remember(string conversationId, ConversationTurn turn) => turns[conversationId] = turn;
}
