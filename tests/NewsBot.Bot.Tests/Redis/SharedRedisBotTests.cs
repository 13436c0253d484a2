using Microsoft.Extensions.Options;
using NewsBot.Bot.Feedback;
using NewsBot.Bot.Storage;
using NewsBot.Bot.Tests.Channel;
using StackExchange.Redis;

namespace NewsBot.Bot.Tests.Redis;

/// <summary>Two service instances of the bot on one Redis server, as behind a load balancer.</summary>
public sealed class SharedRedisBotTests : IClassFixture<RedisServer>
{
    private readonly RedisServer _server;
    private readonly Dictionary<string, string?> _settings;

    public SharedRedisBotTests(RedisServer server)
    {
        _server = server;
        _settings = new Dictionary<string, string?>
        {
            ["BotStorage:Redis"] = server.ConnectionString,
            ["BotStorage:KeyPrefix"] = $"bot-{Guid.NewGuid():N}:",
        };
    }

    [Fact]
    public async Task Feedback_given_through_one_instance_on_an_answer_sent_by_the_other_is_stored_with_that_answer()
    {
        await using var channel = await LoopbackChannel.StartAsync();
        await using var first = await BotHost.StartAsync(_settings);
        await using var second = await BotHost.StartAsync(_settings);

        (await first.PostAsync(Activities.Message(channel, "msteams", "shared", "When do the talks resume?"))).Dispose();
        var replyId = $"reply-{channel.Posts.Count}";
        (await second.PostAsync(Activities.Invoke(channel, "shared", "message/submitAction", Activities.Feedback("like", "Clear and sourced"), replyId))).Dispose();

        var feedback = Assert.Single(await first.Feedback.ListFeedbackAsync(default));
        Assert.Equal(FeedbackReaction.Like, feedback.Reaction);
        Assert.Equal("When do the talks resume?", feedback.Answer?.Question);
        Assert.Equal(ScriptedAnswerer.TalksAnswer.Citations, feedback.Answer?.Citations);
    }

    [Fact]
    public async Task A_follow_up_answered_by_the_other_instance_keeps_the_conversations_date()
    {
        await using var channel = await LoopbackChannel.StartAsync();
        await using var first = await BotHost.StartAsync(_settings);
        await using var second = await BotHost.StartAsync(_settings);

        (await first.PostAsync(Activities.Message(channel, "webchat", "dated", "as of 2007-05-01"))).Dispose();
        (await second.PostAsync(Activities.Message(channel, "webchat", "dated", "When do the talks resume?"))).Dispose();

        var asked = Assert.Single(second.Answerer.Asked);
        Assert.Equal(new DateOnly(2007, 5, 1), asked.AsOf);
        Assert.Equal("webchat/dated", asked.ConversationKey);
    }

    [Fact]
    public async Task Feedback_arriving_at_the_same_time_on_two_instances_is_all_kept()
    {
        await using var firstConnection = await _server.ConnectAsync();
        await using var secondConnection = await _server.ConnectAsync();
        var prefix = $"race-{Guid.NewGuid():N}:";
        var first = new StorageFeedbackStore(new RedisStorage(firstConnection, prefix), TimeProvider.System);
        var second = new StorageFeedbackStore(new RedisStorage(secondConnection, prefix), TimeProvider.System);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? first : second).AddFeedbackAsync($"reply-{i}", FeedbackReaction.Like, null, default)));

        var listed = await first.ListFeedbackAsync(default);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"reply-{i}").Order(StringComparer.Ordinal), listed.Select(f => f.ReplyActivityId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unusable_Redis_setting_stops_the_service_at_start_with_a_clear_message()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHost.StartAsync(new Dictionary<string, string?> { ["BotStorage:Redis"] = "abortConnect=maybe" }));

        var problem = Assert.Single(failure.Failures);
        Assert.Matches(@"BotStorage:Redis is not a usable Redis connection string \(.+\)\. Give host:port, e\.g\. ""localhost:6379"", or leave it empty for in-memory storage\.", problem);
        Assert.Contains("abortConnect", problem, StringComparison.Ordinal);
    }
}
