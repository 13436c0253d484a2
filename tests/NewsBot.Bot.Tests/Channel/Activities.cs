using System.Text.Json.Nodes;

namespace NewsBot.Bot.Tests.Channel;

/// <summary>Activities as channels send them to /api/messages (the Bot Framework Activity schema, as JSON).</summary>
public static class Activities
{
    public static JsonObject Message(LoopbackChannel channel, string channelId, string conversationId, string? text, JsonArray? attachments = null)
    {
        var activity = Base(channel, channelId, conversationId, "message");
        activity["text"] = text;
        if (attachments is not null)
        {
            activity["attachments"] = attachments;
        }
        return activity;
    }

    public static JsonObject MembersAdded(LoopbackChannel channel, string channelId, string conversationId)
    {
        var activity = Base(channel, channelId, conversationId, "conversationUpdate");
        activity["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "bot-1", ["name"] = "NewsBot" },
            new JsonObject { ["id"] = "user-1", ["name"] = "Ada" });
        return activity;
    }

    public static JsonObject Invoke(LoopbackChannel channel, string conversationId, string name, JsonObject value, string? replyToId = null)
    {
        var activity = Base(channel, "msteams", conversationId, "invoke");
        activity["name"] = name;
        activity["value"] = value;
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }
        return activity;
    }

    public static JsonObject QuoteSearch(string commandId, string query) => new()
    {
        ["commandId"] = commandId,
        ["parameters"] = new JsonArray(new JsonObject { ["name"] = "searchQuery", ["value"] = query }),
        ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 10 },
    };

    /// <summary>What Teams sends when a user presses thumbs up/down and types a comment.</summary>
    public static JsonObject Feedback(string reaction, string? comment) => new()
    {
        ["actionName"] = "feedback",
        ["actionValue"] = new JsonObject
        {
            ["reaction"] = reaction,
            ["feedback"] = comment is null ? null : new JsonObject { ["feedbackText"] = comment }.ToJsonString(),
        },
    };

    private static JsonObject Base(LoopbackChannel channel, string channelId, string conversationId, string type) => new()
    {
        ["type"] = type,
        ["id"] = $"activity-{Guid.NewGuid():N}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = channel.ServiceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Ada" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "NewsBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
    };
}
