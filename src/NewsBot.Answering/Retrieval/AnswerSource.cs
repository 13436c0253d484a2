using NewsBot.Articles;

namespace NewsBot.Answering.Retrieval;

/// <summary>
/// A numbered source an answer may cite as [Number]: an exact span of an archived article (a sentence or a
/// whole paragraph), carried as structured data from retrieval to the citation the user sees.
/// </summary>
public sealed record AnswerSource(int Number, Article Article, int Paragraph, TextSpan Span)
{
    public string Text => Article.Text[Span.Start..Span.End];
}
