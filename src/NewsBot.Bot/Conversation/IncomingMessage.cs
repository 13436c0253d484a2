using System.Globalization;
using Microsoft.Bot.Schema;

namespace NewsBot.Bot.Conversation;

/// <summary>What a user's message asks the bot to do, decided from its text alone.</summary>
public abstract record IncomingMessage
{
    private const string AsOfPrefix = "as of ";

    private IncomingMessage()
    {
    }

    /// <summary>Something the bot cannot take; <see cref="Reply"/> tells the user why and what to do instead.</summary>
    /// <param name="Reason">A short name for the log, which never gets the user's text.</param>
    public sealed record Refused(string Reason, string Reply) : IncomingMessage;

    public sealed record Help : IncomingMessage;

    /// <summary>"as of 2007-05-01" pins a date for this conversation; "as of today" unpins it (Date is null).</summary>
    public sealed record SetAsOf(DateOnly? Date) : IncomingMessage;

    public sealed record Question(string Text) : IncomingMessage;

    public static IncomingMessage Read(IMessageActivity message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = (message.Text ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return message.Attachments is { Count: > 0 }
                ? new Refused("attachments only", BotTexts.AttachmentsOnly)
                : new Refused("empty", BotTexts.EmptyMessage);
        }
        if (text.Length > MessageLimits.MaxQuestionCharacters)
        {
            return new Refused("too long", BotTexts.TooLong(text.Length));
        }
        if (text.Equals("help", StringComparison.OrdinalIgnoreCase) || text == "?")
        {
            return new Help();
        }
        if (text.StartsWith(AsOfPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ReadAsOf(text[AsOfPrefix.Length..].Trim());
        }
        return new Question(text);
    }

    private static IncomingMessage ReadAsOf(string argument)
    {
        if (argument.Equals("today", StringComparison.OrdinalIgnoreCase) || argument.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return new SetAsOf(null);
        }
        return DateOnly.TryParseExact(argument, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new SetAsOf(date)
            : new Refused("unreadable date", BotTexts.BadAsOf(argument));
    }
}
