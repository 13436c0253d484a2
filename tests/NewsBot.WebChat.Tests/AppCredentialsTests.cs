namespace NewsBot.WebChat.Tests;

/// <summary>
/// With an Azure registration configured, the bot's adapter takes only requests Azure signed, which the local
/// Direct Line cannot sign: the user is told so instead of waiting for an answer that cannot come.
/// </summary>
public sealed class AppCredentialsTests
{
    [Fact]
    public async Task With_app_credentials_the_local_direct_line_tells_the_user_to_use_azures()
    {
        await using var host = await NewsBotHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-used-here",
        });
        var chat = await DirectLineClient.StartAsync(host.Http);

        var question = await chat.SayAsync("What did Peskov say about Washington?");
        var deadline = DateTime.UtcNow + NewsBotHost.Patience;
        while (chat.Seen.Count(a => (string?)a["type"] == "message" && (string?)a["from"]!["role"] == "bot") < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            await chat.PollAsync();
        }

        var replies = chat.Seen.Where(a => (string?)a["from"]!["role"] == "bot").Select(a => (string?)a["text"]).ToList();
        Assert.Equal(2, replies.Count);
        Assert.All(replies, text => Assert.Equal(
            "The bot requires Azure Bot Service authentication (MicrosoftAppId is set), which the local Direct Line cannot give; set WebChat:DirectLineUrl to use Azure's.",
            text));
        Assert.Contains(chat.Seen, a => (string?)a["id"] == question);
    }
}
