using System.Globalization;

namespace NewsBot.Contracts;

/// <summary>
/// How long a question or search text the HTTP API takes: the bot's limit, so what one way in takes the other takes
/// too. It also keeps a query within the index's reach: thousands of words would pass Lucene's limit of 1,024 clauses
/// and fail the search with a server error instead of an answer.
/// </summary>
public static class TextLimits
{
    public const int MaxCharacters = Bot.Conversation.MessageLimits.MaxQuestionCharacters;

    /// <summary>Why the text is refused, or null when it is short enough.</summary>
    public static string? Problem(string name, string? text) => text is { Length: > MaxCharacters }
        ? string.Create(CultureInfo.InvariantCulture,
            $"{name} is {text.Length:N0} characters long; at most {MaxCharacters:N0} are taken. Shorten it to the words that matter.")
        : null;
}
