using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Articles;

/// <summary>Turns what a reader found into a normalised <see cref="Article"/>.</summary>
public static class ArticleBuilder
{
    /// <summary>
    /// Repeated paragraphs are copy errors in long text, but short ones ("Yes.", "No comment.") are often real
    /// content in interviews, so only repeats with at least this many words are removed.
    /// </summary>
    public const int MinimumWordsForDuplicateRemoval = 6;

    private const int MaximumDerivedTitleLength = 120;

    /// <summary>Builds the article, or returns null when the body holds no text at all.</summary>
    public static Article? Build(RawArticle raw)
    {
        var paragraphs = new List<Paragraph>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var paragraphText in TextNormalizer.SplitParagraphs(raw.Body))
        {
            if (!seen.Add(paragraphText) && CountWords(paragraphText) >= MinimumWordsForDuplicateRemoval)
            {
                continue;
            }
            if (text.Length > 0)
            {
                text.Append(Article.ParagraphSeparator);
            }
            var start = text.Length;
            text.Append(paragraphText);
            paragraphs.Add(new Paragraph(
                paragraphs.Count + 1,
                new TextSpan(start, text.Length),
                paragraphText,
                SentenceSplitter.Split(paragraphText, start)));
        }
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var body = text.ToString();
        var title = NonEmpty(raw.Title is null ? null : TextNormalizer.NormalizeInline(raw.Title)) ?? DeriveTitle(paragraphs[0]);
        var url = NonEmpty(raw.Url?.Trim());
        // A given id wins; a web article without one is identified by its address, so an edited page updates
        // the stored copy; anything else by its text, so the same text indexed twice is stored once.
        var id = NonEmpty(raw.Id?.Trim()) ?? (url is null ? "sha256-" + Hash(body)[..16] : "url-" + Hash(url)[..16]);
        var source = NonEmpty(raw.Source is null ? null : TextNormalizer.NormalizeInline(raw.Source));
        return new Article
        {
            Id = id,
            Title = title,
            Date = raw.Date,
            Url = url,
            Source = source,
            Text = body,
            Paragraphs = paragraphs,
            ContentHash = Hash(string.Join('\u001F', id, title, raw.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", url ?? "", source ?? "", body)),
        };
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="value"/>.</summary>
    public static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string DeriveTitle(Paragraph lede)
    {
        var first = lede.Sentences.Count > 0 ? lede.Sentences[0] : lede.Span;
        var sentence = lede.Text[(first.Start - lede.Span.Start)..(first.End - lede.Span.Start)];
        if (sentence.Length <= MaximumDerivedTitleLength)
        {
            return sentence;
        }
        var cut = sentence.LastIndexOf(' ', MaximumDerivedTitleLength);
        return sentence[..(cut > 0 ? cut : MaximumDerivedTitleLength)] + "…";
    }

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
