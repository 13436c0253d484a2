using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using NewsBot.WebChat.Hosting;

namespace NewsBot.WebChat.DirectLine;

/// <summary>
/// The local Direct Line's conversations, in memory and bounded: starting one beyond
/// <see cref="WebChatSettings.MaxConversations"/> evicts the least recently used. Ids and tokens are random
/// (128 and 256 bits), so a conversation can be reached only by whoever was given its token.
/// </summary>
internal sealed class ConversationStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LocalConversation> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LocalConversation> _byToken = new(StringComparer.Ordinal);
    private readonly WebChatSettings _settings;
    private readonly TimeProvider _clock;
    /// <summary>
    /// Counts every creation and use of a conversation, so the least recently used is the one with the smallest
    /// count. Not the clock: wall-clock time can step back (time sync on a virtual machine), and a conversation just
    /// used would then look older than one left alone, and be evicted in its place.
    /// </summary>
    private long _uses;

    public ConversationStore(IOptions<WebChatSettings> settings, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings.Value;
        _clock = clock;
    }

    public TimeSpan TokenLifetime => TimeSpan.FromMinutes(_settings.TokenLifetimeMinutes);

    public int Count
    {
        get { lock (_gate) return _byId.Count; }
    }

    public LocalConversation Create(string? userId)
    {
        var now = _clock.GetUtcNow();
        var conversation = new LocalConversation(
            RandomId(16),
            RandomId(32),
            string.IsNullOrWhiteSpace(userId) ? "dl_" + RandomId(12) : userId,
            _settings.MaxActivitiesPerConversation,
            now + TokenLifetime,
            Interlocked.Increment(ref _uses));
        lock (_gate)
        {
            while (_byId.Count >= _settings.MaxConversations)
            {
                Remove(_byId.Values.MinBy(c => c.LastUse)!);
            }
            _byId.Add(conversation.Id, conversation);
            _byToken.Add(conversation.Token, conversation);
        }
        return conversation;
    }

    public LocalConversation? Find(string conversationId)
    {
        lock (_gate) return _byId.GetValueOrDefault(conversationId);
    }

    /// <summary>
    /// The conversation a request's "Authorization: Bearer TOKEN" opens, if it is a live token and (when the
    /// request names a conversation) the token is that conversation's.
    /// </summary>
    public LocalConversation? Authorize(string? authorization, string? conversationId, out string problem)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            problem = "This request needs the conversation's token: send the header \"Authorization: Bearer TOKEN\".";
            return null;
        }
        var token = authorization[scheme.Length..].Trim();
        LocalConversation? conversation;
        lock (_gate) conversation = _byToken.GetValueOrDefault(token);
        if (conversation is null || (conversationId is not null && !string.Equals(conversation.Id, conversationId, StringComparison.Ordinal)))
        {
            problem = "The token is not valid for this conversation. Start a conversation to get a token of your own.";
            return null;
        }
        var now = _clock.GetUtcNow();
        if (conversation.ExpiresAt <= now)
        {
            problem = "The token has expired. Start a new conversation, or refresh tokens before they expire.";
            return null;
        }
        conversation.Touch(Interlocked.Increment(ref _uses));
        problem = string.Empty;
        return conversation;
    }

    public void Refresh(LocalConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        conversation.ExtendUntil(_clock.GetUtcNow() + TokenLifetime);
    }

    private void Remove(LocalConversation conversation)
    {
        _byId.Remove(conversation.Id);
        _byToken.Remove(conversation.Token);
    }

    private static string RandomId(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
