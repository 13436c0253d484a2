using System.Collections.Concurrent;

namespace NewsBot.Answering.Conversation;

/// <summary>Keeps the last turn per conversation id in this process; lost on restart, which only costs follow-ups.</summary>
public sealed class InMemoryConversationMemory : IConversationMemory
{
    private readonly ConcurrentDictionary<string, ConversationTurn> turns = new(StringComparer.Ordinal);

    public Task<ConversationTurn?> LastTurnAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(turns.TryGetValue(conversationId, out var turn) ? turn : null);

    public Task RememberAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        turns[conversationId] = turn;
        return Task.CompletedTask;
    }
}
