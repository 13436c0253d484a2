namespace NewsBot.Bot.Ports;

/// <summary>A statement someone made, as printed in an article.</summary>
/// <param name="Role">How the article describes the speaker ("Kremlin spokesman"), if it does.</param>
/// <param name="Text">The speaker's words, verbatim.</param>
/// <param name="Paragraph">1-based paragraph of the article the words are in.</param>
public sealed record BotQuote(
    string Speaker, string? Role, string Text, DateOnly? Date, string ArticleId, string Title, string? Url, int Paragraph);
