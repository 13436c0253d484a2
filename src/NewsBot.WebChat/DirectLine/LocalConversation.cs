using System.Globalization;
using Microsoft.Bot.Schema;

namespace NewsBot.WebChat.DirectLine;

/// <summary>
/// One local Direct Line conversation: its token, and the activities of both sides in the order they happened,
/// numbered so a client can ask for everything after the last one it saw (the watermark).
/// </summary>
internal sealed class LocalConversation
{
    private readonly Lock _gate = new();
    private readonly List<Activity> _activities = [];
    private readonly int _maxActivities;
    private long _firstSequence;
    private DateTimeOffset _expiresAt;
    private long _lastUse;
    private bool _started;

    public LocalConversation(string id, string token, string userId, int maxActivities, DateTimeOffset expiresAt, long use)
    {
        Id = id;
        Token = token;
        UserId = userId;
        _maxActivities = maxActivities;
        _expiresAt = expiresAt;
        _lastUse = use;
    }

    public string Id { get; }

    public string Token { get; }

    /// <summary>The user's id when the client names none.</summary>
    public string UserId { get; }

    /// <summary>One turn at a time, so a follow-up question sees the conversation state its predecessor saved.</summary>
    public SemaphoreSlim Turns { get; } = new(1, 1);

    public DateTimeOffset ExpiresAt
    {
        get { lock (_gate) return _expiresAt; }
    }

    /// <summary>When it was last used, as a place in the order of all uses (see ConversationStore).</summary>
    public long LastUse
    {
        get { lock (_gate) return _lastUse; }
    }

    public void Touch(long use)
    {
        lock (_gate) _lastUse = use;
    }

    public void ExtendUntil(DateTimeOffset expiresAt)
    {
        lock (_gate) _expiresAt = expiresAt;
    }

    /// <summary>True the first time only: the conversation is started (and the bot told so) once.</summary>
    public bool MarkStarted()
    {
        lock (_gate)
        {
            var first = !_started;
            _started = true;
            return first;
        }
    }

    /// <summary>
    /// Gives the activity its id in this conversation and keeps it; the oldest go beyond the bound. Not a use of the
    /// conversation (<see cref="LastUse"/>): only its reader's requests are. A greeting or late reply the bot posts
    /// to a conversation nobody reads any more must not keep it while one being read is evicted.
    /// </summary>
    public Activity Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var sequence = _firstSequence + _activities.Count;
            activity.Id = string.Create(CultureInfo.InvariantCulture, $"{Id}|{sequence:D7}");
            activity.Timestamp ??= now;
            activity.Conversation = new ConversationAccount(id: Id);
            _activities.Add(activity);
            if (_activities.Count > _maxActivities)
            {
                var excess = _activities.Count - _maxActivities;
                _activities.RemoveRange(0, excess);
                _firstSequence += excess;
            }
            return activity;
        }
    }

    /// <summary>The activities from <paramref name="watermark"/> on (those still kept), and the next watermark.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) Since(long watermark)
    {
        lock (_gate)
        {
            var end = _firstSequence + _activities.Count;
            var from = Math.Clamp(watermark - _firstSequence, 0, _activities.Count);
            return (_activities.GetRange((int)from, _activities.Count - (int)from), end);
        }
    }
}
