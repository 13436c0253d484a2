using NewsBot.Bot.Ports;

namespace NewsBot.Bot.Feedback;

/// <summary>
/// What the bot sent in one reply, kept under the reply's activity id so that feedback on that reply
/// (which names only the id) can be stored with the question, the answer and its citations.
/// </summary>
public sealed record SentAnswer(
    string ReplyActivityId,
    string ConversationKey,
    string Question,
    string AnswerText,
    IReadOnlyList<BotCitation> Citations,
    bool Found,
    DateTimeOffset SentAt);
