namespace NewsBot.Articles;

/// <summary>
/// What a format reader found, before normalisation. <see cref="Body"/> holds paragraphs separated by
/// blank lines; single line breaks inside a paragraph are folded into spaces.
/// </summary>
public sealed record RawArticle(string Body)
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public DateOnly? Date { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
}
