namespace NewsBot.Index;

/// <summary>
/// Which statements to find: by speaker (every word of the name must match, so "Peskov" finds "Dmitry Peskov"),
/// by topic (words of the statement), and by the day it was said (inclusive). With no speaker and no topic the
/// newest statements come first.
/// </summary>
public sealed record QuoteQuery
{
    public string? Speaker { get; init; }
    public string? About { get; init; }
    /// <summary>Only statements reported in this article.</summary>
    public string? ArticleId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Limit { get; init; } = 10;
}
