namespace NewsBot.Answering.Service;

/// <summary>
/// One cited source of an answer, numbered as its [N] in the answer text. <see cref="Start"/> and <see cref="End"/>
/// are exact offsets into the article's text; <see cref="Text"/> is the cited words.
/// </summary>
public sealed record AnswerCitation(
    int N, string ArticleId, string Title, DateOnly? Date, string? Url, string? Source, int Paragraph, int Start, int End, string Text);

/// <summary>A quotation in the answer, located exactly in the article it comes from, with its speaker when known.</summary>
public sealed record AnswerQuote(int N, string? Speaker, string Text, string ArticleId, int Paragraph, int Start, int End);

/// <summary>The answer to a question: text with [N] markers, the citations they point to, and the quotations used.</summary>
public sealed record AskResponse(string Question, string Answer, IReadOnlyList<AnswerCitation> Citations, IReadOnlyList<AnswerQuote> Quotes)
{
    /// <summary>What the bot says when the archive does not answer the question; it cites nothing.</summary>
    public const string NotFoundAnswer = "I could not find that in the archive.";

    public bool Found => Citations.Count > 0;
}
