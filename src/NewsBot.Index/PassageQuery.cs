namespace NewsBot.Index;

/// <summary>
/// A passage search. <see cref="Text"/> is what a user typed: words, "quoted phrases", +required and
/// -excluded words. <see cref="From"/> and <see cref="To"/> are inclusive; setting either excludes undated articles.
/// </summary>
public sealed record PassageQuery(string Text)
{
    public const int MaximumLimit = 1000;

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>The most passages to return, 1 to <see cref="MaximumLimit"/>.</summary>
    public int Limit { get; init; } = 10;
}
