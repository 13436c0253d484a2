using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot.Feedback;

/// <summary>Typed reads that work whichever store answers: MemoryStorage and RedisStorage hand back JSON objects.</summary>
internal static class StoredItems
{
    public static async Task<T?> ReadOneAsync<T>(this IStorage storage, string key, CancellationToken ct)
        where T : class
    {
        var items = await storage.ReadAsync([key], ct).ConfigureAwait(false);
        return items.TryGetValue(key, out var value) ? As<T>(value) : null;
    }

    public static async Task<IReadOnlyDictionary<string, T>> ReadManyAsync<T>(this IStorage storage, string[] keys, CancellationToken ct)
        where T : class
    {
        var items = await storage.ReadAsync(keys, ct).ConfigureAwait(false);
        var typed = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in items)
        {
            if (As<T>(value) is { } item)
            {
                typed[key] = item;
            }
        }
        return typed;
    }

    private static T? As<T>(object? value)
        where T : class => value switch
        {
            T typed => typed,
            JToken json => json.ToObject<T>(),
            _ => null,
        };
}
