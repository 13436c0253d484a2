using NewsBot.Answering.Text;
using NewsBot.Articles;

namespace NewsBot.Answering.Citations;

/// <summary>An article folded for matching, with its words, so several checks can share one pass over the text.</summary>
internal sealed class ArticleWords
{
    public ArticleWords(Article article)
    {
        Article = article;
        Folded = FoldedText.Of(article.Text);
        Words = Text.Words.Of(Folded.Folded);
    }

    public Article Article { get; }

    public FoldedText Folded { get; }

    public IReadOnlyList<Word> Words { get; }

    /// <summary>The exact article span of words [first, last] (inclusive).</summary>
    public TextSpan SpanOfWords(int first, int last) => Folded.OriginalSpan(Words[first].Start, Words[last].End);

    public Paragraph ParagraphAt(int offset) =>
        Article.Paragraphs.First(p => p.Span.Start <= offset && offset <= p.Span.End);

    /// <summary>The index of the sentence holding <paramref name="offset"/>, counted over the whole article.</summary>
    public int SentenceAt(int offset)
    {
        var index = 0;
        foreach (var paragraph in Article.Paragraphs)
        {
            foreach (var sentence in paragraph.Sentences)
            {
                if (offset < sentence.End)
                {
                    return index;
                }
                index++;
            }
        }
        return index;
    }
}
