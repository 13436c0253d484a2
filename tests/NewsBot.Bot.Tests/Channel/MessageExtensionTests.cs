using System.Net;
using System.Text.Json.Nodes;

namespace NewsBot.Bot.Tests.Channel;

public sealed class MessageExtensionTests : BotTestBase
{
    private async Task<JsonNode> QueryAsync(string commandId, string query)
    {
        using var response = await Bot.PostAsync(Activities.Invoke(Channel, "compose", "composeExtension/query", Activities.QuoteSearch(commandId, query)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["composeExtension"]!;
    }

    [Fact]
    public async Task A_quote_search_returns_a_card_per_quote_with_a_preview_and_the_verbatim_words()
    {
        var result = await QueryAsync("searchQuotes", "talks");

        Assert.Equal("result", (string?)result["type"]);
        Assert.Equal("list", (string?)result["attachmentLayout"]);
        var attachments = result["attachments"]!.AsArray();
        Assert.Equal(2, attachments.Count);

        var peskov = attachments[0]!;
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)peskov["preview"]!["contentType"]);
        Assert.Equal("Dmitry Peskov", (string?)peskov["preview"]!["content"]!["title"]);
        Assert.Equal("“The talks will resume in May.”", (string?)peskov["preview"]!["content"]!["text"]);

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)peskov["contentType"]);
        var card = peskov["content"]!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal(
            ["“The talks will resume in May.”", "— Dmitry Peskov, Kremlin spokesman", "2007-04-12, ¶3: Kremlin says talks to resume"],
            card["body"]!.AsArray().Select(block => (string?)block!["text"]));
        var link = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("Action.OpenUrl", (string?)link["type"]);
        Assert.Equal("https://en.wikinews.org/wiki/Kremlin_says_talks_to_resume", (string?)link["url"]);

        var lavrovCard = attachments[1]!["content"]!;
        Assert.Equal("— Sergey Lavrov", (string?)lavrovCard["body"]![1]!["text"]);
        Assert.Null(lavrovCard["actions"]);
    }

    [Fact]
    public async Task A_search_without_matches_says_so()
    {
        var result = await QueryAsync("searchQuotes", "zeppelin");

        Assert.Equal("message", (string?)result["type"]);
        Assert.Equal("No quotes match \"zeppelin\". Try other words or the speaker's surname.", (string?)result["text"]);
    }

    [Fact]
    public async Task An_unknown_command_gets_a_clear_error()
    {
        var result = await QueryAsync("searchArticles", "talks");

        Assert.Equal("message", (string?)result["type"]);
        Assert.Equal("NewsBot has no search command \"searchArticles\"; the quote search is \"searchQuotes\". Reinstall the NewsBot app if its manifest is out of date.", (string?)result["text"]);
    }
}
