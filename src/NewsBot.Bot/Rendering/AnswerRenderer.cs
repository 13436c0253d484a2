using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using NewsBot.Bot.Ports;

namespace NewsBot.Bot.Rendering;

/// <summary>Turns an answer into the message a channel shows best: Teams' own citation UI, Markdown elsewhere.</summary>
public static class AnswerRenderer
{
    public static Activity Render(BotAnswer answer, string channelId)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return string.Equals(channelId, Channels.Msteams, StringComparison.Ordinal)
            ? TeamsAnswer.Render(answer)
            : MarkdownAnswer.Render(answer);
    }
}
