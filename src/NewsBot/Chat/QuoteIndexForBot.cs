using NewsBot.Bot.Ports;
using NewsBot.Index;

namespace NewsBot.Chat;

/// <summary>
/// Connects the Teams message extension to the statements in the index. What an editor types is read first as
/// the words of a statement and, when no statement has them, as the name of a speaker ("Peskov").
/// </summary>
public sealed class QuoteIndexForBot(NewsIndex index) : IQuoteLookup
{
    public Task<IReadOnlyList<BotQuote>> SearchAsync(string text, int limit, CancellationToken ct)
    {
        IReadOnlyList<QuoteHit> hits;
        try
        {
            hits = index.SearchQuotes(new QuoteQuery { About = text, Limit = limit });
            if (hits.Count == 0)
            {
                hits = index.SearchQuotes(new QuoteQuery { Speaker = text, Limit = limit });
            }
        }
        catch (ArgumentException)
        {
            hits = []; // nothing searchable typed yet ("the", "+"): no results rather than an error card
        }
        IReadOnlyList<BotQuote> quotes = hits
            .Select(h => new BotQuote(h.Speaker, h.Role, h.Text, h.Date, h.Source.ArticleId, h.Source.Title, h.Source.Url, h.Source.Paragraph))
            .ToList();
        return Task.FromResult(quotes);
    }
}
