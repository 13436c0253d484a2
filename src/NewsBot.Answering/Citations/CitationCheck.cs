namespace NewsBot.Answering.Citations;

/// <summary>A word-level difference: what the archive has where the given text has something else ("" for none).</summary>
public sealed record TextDifference(string Archive, string Given);

/// <summary>
/// One place the words were found. <see cref="Start"/> and <see cref="End"/> are exact offsets into the article's
/// text; <see cref="Speaker"/> is who said them, when that can be told.
/// </summary>
public sealed record CitationMatch(
    string ArticleId,
    string Title,
    DateOnly? Date,
    int Paragraph,
    int Start,
    int End,
    string Text,
    string? Speaker,
    IReadOnlyList<TextDifference> Differences);

/// <summary>The verdict on a piece of text and the places in the archive it rests on.</summary>
public sealed record CitationCheck(CitationVerdict Verdict, IReadOnlyList<CitationMatch> Matches);
