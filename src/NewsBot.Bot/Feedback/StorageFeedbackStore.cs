using Microsoft.Bot.Builder;

namespace NewsBot.Bot.Feedback;

/// <summary>
/// Feedback on the Bot Framework's <see cref="IStorage"/> (memory or Redis). IStorage cannot list keys, so an
/// index item lists every feedback key; it is appended to with ETag concurrency, retried when another turn or
/// another service instance appended first, so no feedback is lost.
/// </summary>
public sealed class StorageFeedbackStore : IFeedbackStore
{
    private const string IndexKey = "feedback/index";
    private const int MaxAppendAttempts = 20;

    private readonly IStorage _storage;
    private readonly TimeProvider _clock;

    public StorageFeedbackStore(IStorage storage, TimeProvider clock)
    {
        _storage = storage;
        _clock = clock;
    }

    public Task RememberAnswerAsync(SentAnswer answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(answer);
        // A plain list: the SDK's MemoryStorage records .NET type names, and the caller's collection type
        // (e.g. a compiler-generated one) may have no constructor to read it back with.
        var storable = answer with { Citations = answer.Citations.ToList() };
        return _storage.WriteAsync(new Dictionary<string, object> { [AnswerKey(answer.ReplyActivityId)] = storable }, ct);
    }

    public async Task<FeedbackRecord> AddFeedbackAsync(string replyActivityId, FeedbackReaction reaction, string? comment, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(replyActivityId);
        var answer = await _storage.ReadOneAsync<SentAnswer>(AnswerKey(replyActivityId), ct).ConfigureAwait(false);
        var record = new FeedbackRecord(replyActivityId, reaction, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), _clock.GetUtcNow(), answer);
        var key = $"feedback/{Guid.NewGuid():N}";
        await _storage.WriteAsync(new Dictionary<string, object> { [key] = record }, ct).ConfigureAwait(false);
        await AppendToIndexAsync(key, ct).ConfigureAwait(false);
        return record;
    }

    public async Task<IReadOnlyList<FeedbackRecord>> ListFeedbackAsync(CancellationToken ct)
    {
        var index = await ReadIndexAsync(ct).ConfigureAwait(false);
        if (index.Keys.Count == 0)
        {
            return [];
        }
        var records = await _storage.ReadManyAsync<FeedbackRecord>([.. index.Keys], ct).ConfigureAwait(false);
        return index.Keys.Where(records.ContainsKey).Select(key => records[key]).ToList();
    }

    private async Task AppendToIndexAsync(string key, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var index = await ReadIndexAsync(ct).ConfigureAwait(false);
            index.Keys.Add(key);
            try
            {
                await _storage.WriteAsync(new Dictionary<string, object> { [IndexKey] = index }, ct).ConfigureAwait(false);
                return;
            }
            catch (Exception error) when (StorageConflicts.IsConflict(error) && attempt < MaxAppendAttempts)
            {
                // Someone appended between our read and our write: read their version and append again.
            }
        }
    }

    private async Task<FeedbackIndex> ReadIndexAsync(CancellationToken ct)
    {
        // A new index carries an ETag no stored item has: if another writer creates the index between our read
        // and our write, our write is refused and retried instead of overwriting theirs.
        return await _storage.ReadOneAsync<FeedbackIndex>(IndexKey, ct).ConfigureAwait(false)
            ?? new FeedbackIndex { ETag = "new" };
    }

    private static string AnswerKey(string replyActivityId) => $"answers/{replyActivityId}";

    private sealed class FeedbackIndex : IStoreItem
    {
        public List<string> Keys { get; set; } = [];

        public string ETag { get; set; } = "new";
    }
}
