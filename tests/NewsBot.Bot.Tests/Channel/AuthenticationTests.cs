using System.Net;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Tests.Channel;

/// <summary>
/// With MicrosoftAppId and MicrosoftAppPassword set, only requests carrying a token the Bot Service signed for this
/// bot get a turn; every other request is refused with 401 before the answering layer or the channel hear of it.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string Question = "When do the talks resume?";

    private LoopbackChannel _channel = null!;
    private BotServiceKeys _keys = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await LoopbackChannel.StartAsync();
        _keys = await BotServiceKeys.StartAsync();
        _bot = await BotHost.StartAsync(_keys.BotSettings);
    }

    [Fact]
    public async Task With_an_app_id_and_password_configured_a_request_without_a_token_is_refused()
    {
        using var response = await _bot.PostAsync(Activities.Message(_channel, "msteams", "intruder", Question));

        AssertRefusedUnheard(response);
    }

    [Fact]
    public async Task A_token_signed_with_a_key_the_Bot_Service_does_not_publish_is_refused()
    {
        var forged = BotServiceKeys.ForgedToken(_channel.ServiceUrl);

        using var response = await _bot.PostAsync(Activities.Message(_channel, "msteams", "forger", Question), forged);

        AssertRefusedUnheard(response);
    }

    [Fact]
    public async Task A_genuine_token_issued_for_another_bot_is_refused()
    {
        using var response = await _bot.PostAsync(Activities.Message(_channel, "msteams", "other-bot", Question), _keys.TokenForAnotherBot(_channel.ServiceUrl));

        AssertRefusedUnheard(response);
    }

    [Fact]
    public async Task A_genuine_token_for_another_reply_address_is_refused()
    {
        using var response = await _bot.PostAsync(
            Activities.Message(_channel, "msteams", "redirected", Question), _keys.GenuineToken("https://elsewhere.example.org/"));

        AssertRefusedUnheard(response);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.")]
    public async Task A_bearer_value_that_is_not_a_signed_token_is_refused(string token)
    {
        using var response = await _bot.PostAsync(Activities.Message(_channel, "msteams", "garbage", Question), token);

        AssertRefusedUnheard(response);
    }

    [Fact]
    public async Task A_genuine_token_gets_past_authentication()
    {
        // The control for the refusals above: the same key service, the same bot, a token signed with the published
        // key. The turn starts; it then fails only because the bot cannot get a token of its own to reply with here.
        using var response = await _bot.PostAsync(Activities.Message(_channel, "msteams", "genuine", Question), _keys.GenuineToken(_channel.ServiceUrl));

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(_bot.Log.Lines, line => line.Level == LogLevel.Error && line.Text.StartsWith("Turn failed on channel msteams", StringComparison.Ordinal));
    }

    private void AssertRefusedUnheard(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Answerer.Asked);
        Assert.Empty(_channel.Posts);
        Assert.DoesNotContain(_bot.Log.Lines, line => line.Text.Contains("unhandled exception", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _keys.DisposeAsync();
        await _channel.DisposeAsync();
    }
}

/// <summary>Without credentials the bot takes unauthenticated local traffic, as the Bot Framework Emulator sends it.</summary>
public sealed class EmulatorTrafficTests
{
    [Fact]
    public async Task Without_credentials_configured_local_traffic_is_accepted_as_from_the_Emulator()
    {
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await BotHost.StartAsync();

        using var response = await bot.PostAsync(Activities.Message(channel, "emulator", "local", "When do the talks resume?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Answerer.Asked);
    }
}
