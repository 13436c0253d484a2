using System.Globalization;
using Lucene.Net.Index;

namespace NewsBot.Index;

/// <summary>
/// Reads a passage's stored fields straight into a <see cref="StoredPassage"/> (or an article document's into the
/// passages it holds), without building a Lucene Document of a dozen field objects per passage first (reading whole
/// articles made that a large share of an answer's time). With <c>articleIdOnly</c> it reads the article id and
/// stops, for callers that only need to know which articles matched.
/// </summary>
internal sealed class StoredPassageVisitor(bool articleIdOnly = false) : StoredFieldVisitor
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    public static StoredPassage Read(IndexReader reader, int document)
    {
        var visitor = new StoredPassageVisitor();
        reader.Document(document, visitor);
        return visitor.ToPassage();
    }

    /// <summary>The passages of an article document, cut from its stored text at the paragraph separators.</summary>
    public static List<StoredPassage> ReadArticle(IndexReader reader, int document)
    {
        var visitor = new StoredPassageVisitor();
        reader.Document(document, visitor);
        var article = visitor.ToPassage(PassageFields.ArticleText, paragraph: 0, start: 0, end: 0);
        var paragraphs = article.Text.Split(Articles.Article.ParagraphSeparator);
        if (paragraphs.Length != visitor.Number(PassageFields.ParagraphCount))
        {
            throw new InvalidDataException(
                $"The stored text of article {article.ArticleId} holds {paragraphs.Length} paragraphs, " +
                $"not the {visitor.Number(PassageFields.ParagraphCount)} stored with it.");
        }
        var passages = new List<StoredPassage>(paragraphs.Length);
        var start = 0;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            passages.Add(article with { Paragraph = i + 1, Start = start, End = start + paragraphs[i].Length, Text = paragraphs[i] });
            start += paragraphs[i].Length + Articles.Article.ParagraphSeparator.Length;
        }
        return passages;
    }

    public static string ReadArticleId(IndexReader reader, int document)
    {
        var visitor = new StoredPassageVisitor(articleIdOnly: true);
        reader.Document(document, visitor);
        return visitor.Text(PassageFields.ArticleId);
    }

    public override Status NeedsField(FieldInfo fieldInfo)
    {
        if (!articleIdOnly)
        {
            return Status.YES;
        }
        if (strings.ContainsKey(PassageFields.ArticleId))
        {
            return Status.STOP;
        }
        return fieldInfo.Name == PassageFields.ArticleId ? Status.YES : Status.NO;
    }

    public override void StringField(FieldInfo fieldInfo, string value) => strings[fieldInfo.Name] = value;

    public override void Int32Field(FieldInfo fieldInfo, int value) => numbers[fieldInfo.Name] = value;

    private StoredPassage ToPassage() => ToPassage(
        PassageFields.Text, Number(PassageFields.Paragraph), Number(PassageFields.Start), Number(PassageFields.End));

    private StoredPassage ToPassage(string textField, int paragraph, int start, int end) => new(
        Text(PassageFields.ArticleId),
        Text(PassageFields.Title),
        strings.TryGetValue(PassageFields.Date, out var date)
            ? DateOnly.ParseExact(date, PassageFields.DateFormat, CultureInfo.InvariantCulture)
            : null,
        strings.GetValueOrDefault(PassageFields.Url),
        strings.GetValueOrDefault(PassageFields.Source),
        paragraph,
        start,
        end,
        Text(textField),
        Text(PassageFields.ContentHash));

    private string Text(string field) =>
        strings.TryGetValue(field, out var value) ? value : throw new InvalidDataException($"A passage has no stored '{field}' field.");

    private int Number(string field) =>
        numbers.TryGetValue(field, out var value) ? value : throw new InvalidDataException($"A passage has no stored '{field}' field.");
}
