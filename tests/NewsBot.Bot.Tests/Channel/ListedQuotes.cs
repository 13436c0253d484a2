using NewsBot.Bot.Ports;

namespace NewsBot.Bot.Tests.Channel;

/// <summary>A test double of the <see cref="IQuoteLookup"/> port: quotes whose words or speaker contain the search text.</summary>
public sealed class ListedQuotes : IQuoteLookup
{
    public static readonly IReadOnlyList<BotQuote> Archive =
    [
        new BotQuote("Dmitry Peskov", "Kremlin spokesman", "The talks will resume in May.", new DateOnly(2007, 4, 12), "wikinews-101", "Kremlin says talks to resume", "https://en.wikinews.org/wiki/Kremlin_says_talks_to_resume", 3),
        new BotQuote("Sergey Lavrov", null, "Geneva is ready to host the talks.", new DateOnly(2007, 4, 20), "wikinews-102", "Geneva to host talks", null, 2),
        new BotQuote("Angela Merkel", "German Chancellor", "We will not accept these conditions.", new DateOnly(2007, 6, 1), "wikinews-103", "G8 summit opens", "https://en.wikinews.org/wiki/G8_summit_opens", 5),
    ];

    public Task<IReadOnlyList<BotQuote>> SearchAsync(string text, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BotQuote>>(Archive
            .Where(quote => quote.Text.Contains(text, StringComparison.OrdinalIgnoreCase) || quote.Speaker.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Take(limit)
            .ToList());
}
