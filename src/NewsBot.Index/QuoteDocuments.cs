using System.Globalization;
using Lucene.Net.Documents;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>Turns an article's statements into Lucene documents (one per quote).</summary>
internal static class QuoteDocuments
{
    public static IEnumerable<Document> Create(Article article, IReadOnlyList<Quote> quotes) =>
        quotes.Select(quote => Create(article, quote));

    private static Document Create(Article article, Quote quote)
    {
        var document = new Document
        {
            new StringField(PassageFields.ArticleId, article.Id, Field.Store.YES),
            new StringField(PassageFields.Type, QuoteFields.QuoteType, Field.Store.YES),
            new StoredField(PassageFields.Title, article.Title),
            new TextField(QuoteFields.Speaker, quote.Speaker, Field.Store.YES),
            new StringField(QuoteFields.SpeakerKey, quote.NormalizedSpeaker, Field.Store.YES),
            new StringField(QuoteFields.Kind, quote.Kind.ToString(), Field.Store.YES),
            new StoredField(QuoteFields.Cue, quote.Cue),
            new TextField(QuoteFields.Text, quote.Text, Field.Store.YES),
            new StoredField(QuoteFields.DateRule, quote.DateRule.ToString()),
            new StoredField(PassageFields.Paragraph, quote.Paragraph),
            new StoredField(PassageFields.Start, quote.Span.Start),
            new StoredField(PassageFields.End, quote.Span.End),
            new StringField(QuoteFields.StatementKey, StatementKey.Of(quote), Field.Store.YES),
        };
        AddIfPresent(document, QuoteFields.Role, quote.Role);
        AddIfPresent(document, PassageFields.Url, article.Url);
        AddIfPresent(document, PassageFields.Source, article.Source);
        AddIfPresent(document, QuoteFields.ArticleDate, Format(article.Date));
        if (quote.Date is { } said)
        {
            document.Add(new StoredField(QuoteFields.Date, Format(said)));
            document.Add(new Int32Field(PassageFields.DateNumber, PassageFields.ToDateNumber(said), Field.Store.NO));
        }
        return document;
    }

    private static void AddIfPresent(Document document, string field, string? value)
    {
        if (value is not null)
        {
            document.Add(new StoredField(field, value));
        }
    }

    private static string? Format(DateOnly? date) =>
        date?.ToString(PassageFields.DateFormat, CultureInfo.InvariantCulture);
}
