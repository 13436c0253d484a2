using System.Net;

namespace NewsBot.Bot.Tests.Channel;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task With_an_app_id_and_password_configured_a_request_without_a_token_is_refused()
    {
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });

        using var response = await bot.PostAsync(Activities.Message(channel, "msteams", "intruder", "When do the talks resume?"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Answerer.Asked);
        Assert.Empty(channel.Posts);
    }

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
