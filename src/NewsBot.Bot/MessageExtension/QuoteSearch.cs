using Microsoft.Bot.Schema.Teams;
using NewsBot.Bot.Ports;

namespace NewsBot.Bot.MessageExtension;

/// <summary>
/// The Teams search-based message extension: command <c>searchQuotes</c> with parameter <c>searchQuery</c>
/// (as declared in the app manifest) lists matching quotes to insert into a message.
/// </summary>
public sealed class QuoteSearch
{
    public const string CommandId = "searchQuotes";
    public const string QueryParameter = "searchQuery";

    private const int DefaultCount = 10;
    private const int MaxCount = 25;

    private readonly IQuoteLookup _quotes;

    public QuoteSearch(IQuoteLookup quotes)
    {
        _quotes = quotes;
    }

    public async Task<MessagingExtensionResponse> RunAsync(MessagingExtensionQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!string.Equals(query.CommandId, CommandId, StringComparison.Ordinal))
        {
            return Message($"NewsBot has no search command \"{query.CommandId}\"; the quote search is \"{CommandId}\". Reinstall the NewsBot app if its manifest is out of date.");
        }
        var text = query.Parameters?
            .FirstOrDefault(p => string.Equals(p.Name, QueryParameter, StringComparison.Ordinal))?
            .Value?.ToString()?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Message("Type a few words someone said, or a speaker's name, to search the quotes.");
        }
        var count = Math.Clamp(query.QueryOptions?.Count ?? DefaultCount, 1, MaxCount);
        var quotes = await _quotes.SearchAsync(text, count, ct).ConfigureAwait(false);
        if (quotes.Count == 0)
        {
            return Message($"No quotes match \"{text}\". Try other words or the speaker's surname.");
        }
        return new MessagingExtensionResponse
        {
            ComposeExtension = new MessagingExtensionResult
            {
                Type = "result",
                AttachmentLayout = "list",
                Attachments = quotes.Select(QuoteCards.ToAttachment).ToList(),
            },
        };
    }

    // Teams shows a "message" result as plain text in the search pane, the documented way to say why there are no cards.
    private static MessagingExtensionResponse Message(string text) => new()
    {
        ComposeExtension = new MessagingExtensionResult { Type = "message", Text = text },
    };
}
