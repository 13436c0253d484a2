using Microsoft.Bot.Schema;

namespace NewsBot.Bot.Conversation;

/// <summary>
/// Names one conversation for the answering layer. Conversation ids are only unique within a channel, so the
/// channel is part of the key: a Teams chat and a web chat can never share follow-up context.
/// </summary>
public static class ConversationKey
{
    public static string For(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{activity.ChannelId}/{activity.Conversation?.Id}";
    }
}
