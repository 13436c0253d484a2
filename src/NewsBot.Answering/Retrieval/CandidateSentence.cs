using NewsBot.Articles;

namespace NewsBot.Answering.Retrieval;

/// <summary>A sentence (or a few, when a quotation runs over) that answers the question, with why it ranks where it does.</summary>
internal sealed record CandidateSentence(Article Article, int Paragraph, TextSpan Span, double Score, string? Speaker)
{
    public string Text => Article.Text[Span.Start..Span.End];
}
