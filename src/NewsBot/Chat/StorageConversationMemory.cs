using System.Text.Json;
using Microsoft.Bot.Builder;
using NewsBot.Answering.Conversation;

namespace NewsBot.Chat;

/// <summary>
/// Keeps each conversation's last turn in the bot's state storage (memory, or Redis when configured), so a
/// follow-up works after a restart and on whichever instance receives it. The turn is stored as System.Text.Json
/// text in a small envelope, because the Bot Framework stores serialise with .NET type names and cannot read back
/// the compiler-generated collections a record may hold.
/// </summary>
public sealed class StorageConversationMemory(IStorage storage) : IConversationMemory
{
    private const string KeyPrefix = "answering-turn/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ConversationTurn?> LastTurnAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + conversationId;
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        // A store hands back the envelope object (memory) or the JSON it was saved as (Redis).
        var json = items.TryGetValue(key, out var item)
            ? item switch
            {
                StoredTurn stored => stored.Json,
                Newtonsoft.Json.Linq.JObject saved => saved.Value<string>(nameof(StoredTurn.Json)),
                _ => null,
            }
            : null;
        return json is null ? null : JsonSerializer.Deserialize<ConversationTurn>(json, Json);
    }

    public Task RememberAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken) =>
        // The last write wins ("*"): a conversation's turns come one after another.
        storage.WriteAsync(
            new Dictionary<string, object> { [KeyPrefix + conversationId] = new StoredTurn { Json = JsonSerializer.Serialize(turn, Json), ETag = "*" } },
            cancellationToken);

    /// <summary>The envelope in storage.</summary>
    public sealed class StoredTurn : IStoreItem
    {
        public string? Json { get; set; }

        public string? ETag { get; set; }
    }
}
