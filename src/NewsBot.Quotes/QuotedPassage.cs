using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>Words between quotation marks, possibly running over paragraphs.</summary>
/// <param name="OpenMark">Offset of the opening mark in the article text.</param>
/// <param name="CloseMark">Offset of the closing mark.</param>
/// <param name="AfterClose">Offset just after the closing mark (marks written '' take two characters).</param>
/// <param name="Content">The quoted words without marks, surrounding spaces or a trailing comma.</param>
/// <param name="Text">The words, with paragraph breaks and re-opening marks folded into a space.</param>
/// <param name="Paragraph">Number of the paragraph where the quote opens.</param>
internal sealed record QuotedPassage(int OpenMark, int CloseMark, int AfterClose, TextSpan Content, string Text, int Paragraph)
{
    public int WordCount => Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
