namespace NewsBot.Bot.Ports;

/// <summary>What the Teams message extension asks of the quote index: statements whose words match the text.</summary>
public interface IQuoteLookup
{
    Task<IReadOnlyList<BotQuote>> SearchAsync(string text, int limit, CancellationToken ct);
}
