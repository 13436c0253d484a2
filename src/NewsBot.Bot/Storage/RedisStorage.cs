using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace NewsBot.Bot.Storage;

/// <summary>
/// The Bot Framework's <see cref="IStorage"/> on Redis, so conversation state and feedback survive restarts and
/// are shared by every service instance pointing at the same server. Concurrency works like the SDK's own
/// stores: an item read from here carries an "ETag"; writing it back with that ETag fails with
/// <see cref="ETagConflictException"/> if the item changed in between, while an ETag of "*" or none overwrites.
/// </summary>
public sealed class RedisStorage : IStorage
{
    private const string ETagField = "etag";
    private const string ValueField = "value";
    private const string ETagProperty = "ETag";

    // Compare-and-set in one round trip, so two instances can never both win against the same ETag.
    // Returns 0 when the expected ETag does not match the stored one.
    private static readonly LuaScript CompareAndSet = LuaScript.Prepare("""
        if @expected ~= '' then
          local current = redis.call('HGET', @key, 'etag')
          if current and current ~= @expected then
            return 0
          end
        end
        redis.call('HSET', @key, 'etag', @etag, 'value', @value)
        return 1
        """);

    // Like MemoryStorage's default: plain JSON, no type names, so nothing in Redis can choose a .NET type to create.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        NullValueHandling = NullValueHandling.Include,
    });

    private readonly IConnectionMultiplexer _redis;
    private readonly string _keyPrefix;

    public RedisStorage(IConnectionMultiplexer redis, string keyPrefix)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyPrefix);
        _redis = redis;
        _keyPrefix = keyPrefix;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var database = _redis.GetDatabase();
        var reads = keys.Distinct(StringComparer.Ordinal)
            .Select(async key => (key, fields: await database.HashGetAsync(RedisKeyFor(key), [ETagField, ValueField]).ConfigureAwait(false)))
            .ToList();
        var items = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        foreach (var (key, fields) in await Task.WhenAll(reads).ConfigureAwait(false))
        {
            if (fields[1].IsNull)
            {
                continue;
            }
            var item = JObject.Parse(fields[1].ToString());
            item[ETagProperty] = fields[0].ToString();
            items[key] = item;
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var database = _redis.GetDatabase();
        foreach (var (key, value) in changes)
        {
            var json = value is null ? JValue.CreateNull() : JToken.FromObject(value, Serializer);
            var expected = ExpectedETag(value);
            if (json is JObject asObject)
            {
                // The ETag belongs to the stored item, not to its content; it is handed back on every read.
                // BotState writes its own "eTag": "*" marker, so every spelling goes.
                foreach (var name in asObject.Properties().Select(p => p.Name).Where(IsETagName).ToList())
                {
                    asObject.Remove(name);
                }
            }
            var written = (int)await CompareAndSet.EvaluateAsync(database, new
            {
                key = RedisKeyFor(key),
                expected = expected ?? string.Empty,
                etag = Guid.NewGuid().ToString("N"),
                value = json.ToString(Formatting.None),
            }).ConfigureAwait(false);
            if (written == 0)
            {
                throw new ETagConflictException(key, expected!);
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }
        await _redis.GetDatabase().KeyDeleteAsync(keys.Select(RedisKeyFor).ToArray()).ConfigureAwait(false);
    }

    private static bool IsETagName(string name) => string.Equals(name, ETagProperty, StringComparison.OrdinalIgnoreCase);

    private RedisKey RedisKeyFor(string key) => new(_keyPrefix + key);

    /// <summary>The ETag the write must match, or null for "overwrite whatever is there" (no ETag, or "*").</summary>
    private static string? ExpectedETag(object? value)
    {
        var etag = value switch
        {
            IStoreItem item => item.ETag,
            JObject json => json.Value<string>(ETagProperty),
            _ => null,
        };
        return string.IsNullOrEmpty(etag) || etag == "*" ? null : etag;
    }
}
