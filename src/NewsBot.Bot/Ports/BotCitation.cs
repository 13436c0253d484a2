namespace NewsBot.Bot.Ports;

/// <summary>One cited passage: which article, which paragraph, which characters of the article text.</summary>
/// <param name="N">The number of the [n] marker in the answer text.</param>
/// <param name="Paragraph">1-based paragraph number in the article.</param>
/// <param name="Start">Start of the cited span in the article text.</param>
/// <param name="End">End (exclusive) of the cited span in the article text.</param>
/// <param name="Text">The cited passage itself.</param>
public sealed record BotCitation(
    int N, string ArticleId, string Title, DateOnly? Date, string? Url, int Paragraph, int Start, int End, string Text);
