using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using NewsBot.Bot.Ports;

namespace NewsBot.Bot.MessageExtension;

/// <summary>
/// A quote as a message-extension result: a thumbnail card to pick it from the list, and an Adaptive Card
/// (written as JSON: NewsBot does not use the AdaptiveCards object model) that goes into the message with the
/// speaker's words verbatim, who said them, when, and a link to the article.
/// </summary>
internal static class QuoteCards
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    private const int MaxPreviewLength = 120;

    public static MessagingExtensionAttachment ToAttachment(BotQuote quote) => new()
    {
        ContentType = AdaptiveCardContentType,
        Content = AdaptiveCard(quote),
        Preview = new ThumbnailCard
        {
            Title = quote.Speaker,
            Subtitle = Attribution(quote),
            Text = Rendering.TextClipping.Clip($"“{quote.Text}”", MaxPreviewLength),
        }.ToAttachment(),
    };

    public static JObject AdaptiveCard(BotQuote quote)
    {
        var body = new JArray
        {
            new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = $"“{quote.Text}”",
                ["wrap"] = true,
                ["size"] = "Medium",
            },
            new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = $"— {Speaker(quote)}",
                ["wrap"] = true,
                ["weight"] = "Bolder",
            },
            new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = $"{Attribution(quote)}: {quote.Title}",
                ["wrap"] = true,
                ["isSubtle"] = true,
                ["spacing"] = "None",
            },
        };
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        if (!string.IsNullOrWhiteSpace(quote.Url))
        {
            card["actions"] = new JArray
            {
                new JObject { ["type"] = "Action.OpenUrl", ["title"] = "Read the article", ["url"] = quote.Url },
            };
        }
        return card;
    }

    private static string Speaker(BotQuote quote) =>
        string.IsNullOrWhiteSpace(quote.Role) ? quote.Speaker : $"{quote.Speaker}, {quote.Role}";

    private static string Attribution(BotQuote quote)
    {
        var date = quote.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        return string.Create(CultureInfo.InvariantCulture, $"{date}, ¶{quote.Paragraph}");
    }
}
