namespace NewsBot.Bot.Ports;

/// <summary>
/// What the bot asks of the answering layer. The bot never answers by itself: it hands the question over with
/// the conversation's key, so the answering layer can keep each conversation's follow-up context apart.
/// </summary>
public interface IQuestionAnswerer
{
    /// <param name="question">The user's text, already checked to be non-empty and within the length limit.</param>
    /// <param name="conversationKey">Stable per conversation (channel id + conversation id), never shared between conversations.</param>
    /// <param name="asOf">The date the user pinned for this conversation ("as of 2007-05-01"), or null for "now".</param>
    Task<BotAnswer> AnswerAsync(string question, string conversationKey, DateOnly? asOf, CancellationToken ct);
}
