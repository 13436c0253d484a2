using NewsBot.Index;

namespace NewsBot.Contracts;

/// <summary>The JSON of `search --json` and GET /api/search: one entry per matching passage, best first.</summary>
public sealed record SearchResponse(IReadOnlyList<SearchResult> Results)
{
    public static SearchResponse From(IEnumerable<PassageHit> hits) => new(hits.Select(SearchResult.From).ToList());
}

/// <summary>
/// A passage that matched. <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into the article's
/// canonical text (paragraphs joined by a blank line); so are the highlight spans of the matched words.
/// </summary>
public sealed record SearchResult(
    string ArticleId,
    string Title,
    DateOnly? Date,
    string? Url,
    string? Source,
    int Paragraph,
    int Start,
    int End,
    string Text,
    float Score,
    IReadOnlyList<Highlight> Highlights)
{
    public static SearchResult From(PassageHit hit) => new(
        hit.ArticleId, hit.Title, hit.Date, hit.Url, hit.Source, hit.Paragraph, hit.Start, hit.End, hit.Text, hit.Score,
        hit.Highlights.Select(h => new Highlight(h.Start, h.End)).ToList());
}

public sealed record Highlight(int Start, int End);
