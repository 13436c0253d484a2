using NewsBot.Articles;
namespace NewsBot.Quotes;

/// <summary>The day a statement was made and the evidence for it.</summary>
internal readonly record struct StatementDate(DateOnly? Date, DateRule Rule);
