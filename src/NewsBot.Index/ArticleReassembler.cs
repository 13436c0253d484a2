using System.Text;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>Rebuilds an <see cref="Article"/> from its stored passages, checking the offsets still line up.</summary>
internal static class ArticleReassembler
{
    public static Article Reassemble(IEnumerable<StoredPassage> storedPassages)
    {
        var passages = storedPassages.OrderBy(p => p.Paragraph).ToList();
        var first = passages[0];
        var text = new StringBuilder();
        var paragraphs = new List<Paragraph>(passages.Count);
        foreach (var passage in passages)
        {
            if (text.Length > 0)
            {
                text.Append(Article.ParagraphSeparator);
            }
            // The stored offsets are what earlier answers cited; if joining no longer reproduces them the index
            // was written by something else, and handing out a text with shifted offsets would corrupt citations.
            if (passage.Start != text.Length || passage.End != text.Length + passage.Text.Length ||
                passage.Paragraph != paragraphs.Count + 1)
            {
                throw new InvalidDataException(
                    $"The stored paragraphs of article {first.ArticleId} do not fit together " +
                    $"(paragraph {passage.Paragraph} is stored at {passage.Start}..{passage.End}).");
            }
            text.Append(passage.Text);
            paragraphs.Add(new Paragraph(
                passage.Paragraph,
                new TextSpan(passage.Start, passage.End),
                passage.Text,
                SentenceSplitter.Split(passage.Text, passage.Start)));
        }
        return new Article
        {
            Id = first.ArticleId,
            Title = first.Title,
            Date = first.Date,
            Url = first.Url,
            Source = first.Source,
            Text = text.ToString(),
            Paragraphs = paragraphs,
            ContentHash = first.ContentHash,
        };
    }
}
