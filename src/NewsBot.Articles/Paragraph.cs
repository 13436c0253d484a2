namespace NewsBot.Articles;

/// <summary>
/// One paragraph of an article: the unit the index stores and the answers cite.
/// <see cref="Number"/> counts from 1; <see cref="Span"/> and every sentence span are offsets into
/// <see cref="Article.Text"/>, so <c>article.Text[paragraph.Span.Start..paragraph.Span.End] == paragraph.Text</c>.
/// </summary>
public sealed record Paragraph(int Number, TextSpan Span, string Text, IReadOnlyList<TextSpan> Sentences);
