using NewsBot.Answering.Service;
using NewsBot.Bot.Ports;

namespace NewsBot.Chat;

/// <summary>Connects the bot's question port to the answering layer: the same answers as the API, rendered by the bot.</summary>
public sealed class AnswerServiceForBot(IAnswerService answers) : IQuestionAnswerer
{
    public async Task<BotAnswer> AnswerAsync(string question, string conversationKey, DateOnly? asOf, CancellationToken ct)
    {
        var response = await answers.AskAsync(question, asOf, conversationKey, ct).ConfigureAwait(false);
        var citations = response.Citations
            .Select(c => new BotCitation(c.N, c.ArticleId, c.Title, c.Date, c.Url, c.Paragraph, c.Start, c.End, c.Text))
            .ToList();
        return new BotAnswer(response.Answer, citations, response.Found);
    }
}
