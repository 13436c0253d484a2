using System.Globalization;
using Lucene.Net.Documents;

namespace NewsBot.Index;

/// <summary>A passage document as read back from the index.</summary>
internal sealed record StoredPassage(
    string ArticleId,
    string Title,
    DateOnly? Date,
    string? Url,
    string? Source,
    int Paragraph,
    int Start,
    int End,
    string Text,
    string ContentHash)
{
    public static StoredPassage From(Document document) => new(
        document.Get(PassageFields.ArticleId, CultureInfo.InvariantCulture),
        document.Get(PassageFields.Title, CultureInfo.InvariantCulture),
        document.Get(PassageFields.Date, CultureInfo.InvariantCulture) is { } date
            ? DateOnly.ParseExact(date, PassageFields.DateFormat, CultureInfo.InvariantCulture)
            : null,
        document.Get(PassageFields.Url, CultureInfo.InvariantCulture),
        document.Get(PassageFields.Source, CultureInfo.InvariantCulture),
        Int(document, PassageFields.Paragraph),
        Int(document, PassageFields.Start),
        Int(document, PassageFields.End),
        document.Get(PassageFields.Text, CultureInfo.InvariantCulture),
        document.Get(PassageFields.ContentHash, CultureInfo.InvariantCulture));

    private static int Int(Document document, string field) =>
        document.GetField(field)?.GetInt32Value() ?? throw new InvalidDataException($"A passage has no stored '{field}' field.");
}
