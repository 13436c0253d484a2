namespace NewsBot.Answering.Quotes;

/// <summary>Which statements to find: by speaker (any form of the name), topic words and statement dates.</summary>
public sealed record QuoteSearch
{
    public string? Speaker { get; init; }
    public string? Topic { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Limit { get; init; } = 20;
}
