using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using NewsBot.Bot.Storage;
using StackExchange.Redis;

namespace NewsBot.Bot.Tests.Redis;

public sealed class RedisStorageTests : IClassFixture<RedisServer>, IAsyncLifetime
{
    private readonly RedisServer _server;
    private readonly string _prefix = $"test-{Guid.NewGuid():N}:";
    private ConnectionMultiplexer _redis = null!;

    public RedisStorageTests(RedisServer server)
    {
        _server = server;
    }

    public async Task InitializeAsync() => _redis = await _server.ConnectAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    private RedisStorage NewStorage() => new(_redis, _prefix);

    [Fact]
    public async Task An_item_written_is_read_back_with_its_content_and_an_etag()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["conversation/1"] = new Note { Text = "Peskov", Count = 3 } });

        var items = await storage.ReadAsync(["conversation/1", "conversation/absent"]);

        var item = Assert.IsType<JObject>(Assert.Single(items).Value);
        var note = item.ToObject<Note>()!;
        Assert.Equal("Peskov", note.Text);
        Assert.Equal(3, note.Count);
        Assert.False(string.IsNullOrEmpty(note.ETag));
        Assert.NotEqual("*", note.ETag);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_leaves_the_newer_item()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "first" } });
        var read = await ReadNoteAsync(storage, "k");
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "second", ETag = read.ETag } });

        var stale = new Note { Text = "stale", ETag = read.ETag };
        var refused = await Assert.ThrowsAsync<ETagConflictException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["k"] = stale }));

        Assert.Equal($"The item 'k' was changed by someone else since it was read (the write expected ETag '{read.ETag}'). Read it again and retry the write.", refused.Message);
        Assert.Equal("second", (await ReadNoteAsync(storage, "k")).Text);
    }

    [Fact]
    public async Task A_write_with_the_current_etag_succeeds_and_changes_the_etag()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "first" } });
        var read = await ReadNoteAsync(storage, "k");

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "second", ETag = read.ETag } });

        var after = await ReadNoteAsync(storage, "k");
        Assert.Equal("second", after.Text);
        Assert.NotEqual(read.ETag, after.ETag);
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task A_write_with_etag_star_or_none_overwrites_whatever_is_stored(string? etag)
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "first" } });
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "second" } });

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "overwritten", ETag = etag! } });

        Assert.Equal("overwritten", (await ReadNoteAsync(storage, "k")).Text);
    }

    [Fact]
    public async Task A_deleted_item_is_no_longer_read()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "a" }, ["b"] = new Note { Text = "b" } });

        await storage.DeleteAsync(["a"]);

        var items = await storage.ReadAsync(["a", "b"]);
        Assert.Equal(["b"], items.Keys);
    }

    [Fact]
    public async Task Two_service_instances_on_one_server_see_each_others_writes_and_conflicts()
    {
        await using var otherConnection = await _server.ConnectAsync();
        var first = NewStorage();
        var second = new RedisStorage(otherConnection, _prefix);

        await first.WriteAsync(new Dictionary<string, object> { ["shared"] = new Note { Text = "from the first" } });
        var seenBySecond = await ReadNoteAsync(second, "shared");
        var seenByFirst = await ReadNoteAsync(first, "shared");
        await second.WriteAsync(new Dictionary<string, object> { ["shared"] = new Note { Text = "from the second", ETag = seenBySecond.ETag } });

        Assert.Equal("from the first", seenBySecond.Text);
        await Assert.ThrowsAsync<ETagConflictException>(() =>
            first.WriteAsync(new Dictionary<string, object> { ["shared"] = new Note { Text = "lost update", ETag = seenByFirst.ETag } }));
        Assert.Equal("from the second", (await ReadNoteAsync(first, "shared")).Text);
    }

    [Fact]
    public async Task Conversation_state_survives_a_restart_of_the_service()
    {
        var turn = TurnIn("conversation-42");
        var beforeRestart = new ConversationState(NewStorage());
        await beforeRestart.CreateProperty<Note>("note").SetAsync(turn, new Note { Text = "as of 2007-05-01" });
        await beforeRestart.SaveChangesAsync(turn);

        await using var afterRestartConnection = await _server.ConnectAsync();
        var afterRestart = new ConversationState(new RedisStorage(afterRestartConnection, _prefix));
        var note = await afterRestart.CreateProperty<Note>("note").GetAsync(TurnIn("conversation-42"), () => new Note());

        Assert.Equal("as of 2007-05-01", note.Text);
    }

    [Fact]
    public async Task Keys_of_different_prefixes_do_not_see_each_other()
    {
        await NewStorage().WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "mine" } });

        var items = await new RedisStorage(_redis, _prefix + "other:").ReadAsync(["k"]);

        Assert.Empty(items);
    }

    private static async Task<Note> ReadNoteAsync(RedisStorage storage, string key)
    {
        var items = await storage.ReadAsync([key]);
        return ((JObject)items[key]).ToObject<Note>()!;
    }

    private static TurnContext TurnIn(string conversationId) => new(
        new Microsoft.Bot.Builder.Adapters.TestAdapter(),
        new Microsoft.Bot.Schema.Activity
        {
            Type = "message",
            ChannelId = "webchat",
            Conversation = new Microsoft.Bot.Schema.ConversationAccount { Id = conversationId },
            From = new Microsoft.Bot.Schema.ChannelAccount { Id = "user" },
            Recipient = new Microsoft.Bot.Schema.ChannelAccount { Id = "bot" },
        });

    public sealed class Note : IStoreItem
    {
        public string? Text { get; set; }

        public int Count { get; set; }

        public string ETag { get; set; } = "*";
    }
}
