namespace NewsBot.Bot.Ports;

/// <summary>An answer as the bot renders it.</summary>
/// <param name="Text">The answer with [n] markers that point at <see cref="Citations"/> by <see cref="BotCitation.N"/>.</param>
/// <param name="Found">False when the archive had nothing to answer with; the text then says so.</param>
public sealed record BotAnswer(string Text, IReadOnlyList<BotCitation> Citations, bool Found);
