using System.Globalization;
using Lucene.Net.Documents;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>
/// Turns an article's statements into Lucene documents (one per quote), reusing documents and fields as
/// <see cref="PassageDocumentWriter"/> does. Not thread-safe: each background writer thread has its own.
/// </summary>
internal sealed class QuoteDocumentWriter
{
    private readonly List<QuoteDocument> pool = [];

    /// <summary>The statements' documents, valid until the next call.</summary>
    public IReadOnlyList<Document> Fill(Article article, IReadOnlyList<Quote> quotes)
    {
        while (pool.Count < quotes.Count)
        {
            pool.Add(new QuoteDocument());
        }
        var documents = new Document[quotes.Count];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = pool[i].Fill(article, quotes[i]);
        }
        return documents;
    }

    private sealed class QuoteDocument
    {
        private readonly Document document = [];
        private readonly StringField articleId = new(PassageFields.ArticleId, "", Field.Store.YES);
        private readonly StoredField title = new(PassageFields.Title, "");
        private readonly TextField speaker = new(QuoteFields.Speaker, "", Field.Store.YES);
        private readonly StringField speakerKey = new(QuoteFields.SpeakerKey, "", Field.Store.YES);
        private readonly StringField kind = new(QuoteFields.Kind, "", Field.Store.YES);
        private readonly StoredField cue = new(QuoteFields.Cue, "");
        private readonly TextField text = new(QuoteFields.Text, "", Field.Store.YES);
        private readonly StoredField dateRule = new(QuoteFields.DateRule, "");
        private readonly StoredField paragraph = new(PassageFields.Paragraph, 0);
        private readonly StoredField start = new(PassageFields.Start, 0);
        private readonly StoredField end = new(PassageFields.End, 0);
        private readonly StringField statementKey = new(QuoteFields.StatementKey, "", Field.Store.YES);
        private readonly OptionalField role;
        private readonly OptionalField url;
        private readonly OptionalField source;
        private readonly OptionalField articleDate;
        private readonly OptionalField date;
        private readonly OptionalField dateNumber;

        public QuoteDocument()
        {
            document.Add(articleId);
            document.Add(new StringField(PassageFields.Type, QuoteFields.QuoteType, Field.Store.YES));
            document.Add(title);
            document.Add(speaker);
            document.Add(speakerKey);
            document.Add(kind);
            document.Add(cue);
            document.Add(text);
            document.Add(dateRule);
            document.Add(paragraph);
            document.Add(start);
            document.Add(end);
            document.Add(statementKey);
            role = new OptionalField(document, new StoredField(QuoteFields.Role, ""));
            url = new OptionalField(document, new StoredField(PassageFields.Url, ""));
            source = new OptionalField(document, new StoredField(PassageFields.Source, ""));
            articleDate = new OptionalField(document, new StoredField(QuoteFields.ArticleDate, ""));
            date = new OptionalField(document, new StoredField(QuoteFields.Date, ""));
            dateNumber = new OptionalField(document, new Int32Field(PassageFields.DateNumber, 0, NumericFieldTypes.IndexedDate));
        }

        public Document Fill(Article article, Quote quote)
        {
            articleId.SetStringValue(article.Id);
            title.SetStringValue(article.Title);
            speaker.SetStringValue(quote.Speaker);
            speakerKey.SetStringValue(quote.NormalizedSpeaker);
            kind.SetStringValue(quote.Kind.ToString());
            cue.SetStringValue(quote.Cue);
            text.SetStringValue(quote.Text);
            dateRule.SetStringValue(quote.DateRule.ToString());
            paragraph.SetInt32Value(quote.Paragraph);
            start.SetInt32Value(quote.Span.Start);
            end.SetInt32Value(quote.Span.End);
            statementKey.SetStringValue(StatementKey.Of(quote));
            role.Set(quote.Role);
            url.Set(article.Url);
            source.Set(article.Source);
            articleDate.Set(Format(article.Date));
            date.Set(Format(quote.Date));
            dateNumber.Set(quote.Date is { } said ? PassageFields.ToDateNumber(said) : null);
            return document;
        }

        private static string? Format(DateOnly? date) =>
            date?.ToString(PassageFields.DateFormat, CultureInfo.InvariantCulture);
    }
}
