using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using NewsBot.Bot.Ports;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// An answer in Teams' format for AI-generated messages: the "AI generated" label, in-text citations whose [n]
/// markers open the cited passage, and the thumbs up/down feedback buttons. The shapes and limits are Teams'
/// ("Bot messages with AI-generated content" in the Teams platform docs).
/// </summary>
internal static class TeamsAnswer
{
    public const string MessageEntityType = "https://schema.org/Message";

    // Teams refuses or cuts longer values: the passage preview at 160 characters, keywords at 3 of 28.
    private const int MaxAbstractLength = 160;
    private const int MaxNameLength = 80;
    private const int MaxKeywordLength = 28;

    public static Activity Render(BotAnswer answer)
    {
        var activity = Activity.CreateMessageActivity();
        activity.Text = answer.Text;
        activity.TextFormat = TextFormatTypes.Markdown;
        activity.Entities = [MessageEntity(answer.Citations)];
        activity.ChannelData = new JObject { ["feedbackLoopEnabled"] = true };
        return (Activity)activity;
    }

    private static Entity MessageEntity(IReadOnlyList<BotCitation> citations)
    {
        var entity = new Entity(MessageEntityType);
        entity.Properties["@type"] = "Message";
        entity.Properties["@context"] = "https://schema.org";
        entity.Properties["additionalType"] = new JArray("AIGeneratedContent");
        if (citations.Count > 0)
        {
            entity.Properties["citation"] = new JArray(citations.OrderBy(c => c.N).Select(Claim));
        }
        return entity;
    }

    private static JObject Claim(BotCitation citation)
    {
        var appearance = new JObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = TextClipping.Clip(citation.Title, MaxNameLength),
            ["abstract"] = TextClipping.Clip(citation.Text, MaxAbstractLength),
            ["keywords"] = new JArray(Keywords(citation)),
        };
        if (!string.IsNullOrWhiteSpace(citation.Url))
        {
            appearance["url"] = citation.Url;
        }
        return new JObject
        {
            ["@type"] = "Claim",
            ["position"] = citation.N,
            ["appearance"] = appearance,
        };
    }

    private static IEnumerable<string> Keywords(BotCitation citation)
    {
        if (citation.Date is { } date)
        {
            yield return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        yield return TextClipping.Clip(string.Create(CultureInfo.InvariantCulture, $"paragraph {citation.Paragraph}"), MaxKeywordLength);
    }
}
