using System.Globalization;
using Lucene.Net.Documents;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>
/// Turns an article into one Lucene document per paragraph. Documents and fields are created once and refilled
/// for every article, because allocating a dozen fields per paragraph dominates bulk indexing time otherwise.
/// Not thread-safe: the index calls it under its write lock.
/// </summary>
internal sealed class PassageDocumentWriter
{
    private readonly List<PassageDocument> pool = [];

    /// <summary>
    /// Returns the article's passage documents. They stay valid until the next call, which is enough because
    /// IndexWriter has finished with them when UpdateDocuments returns.
    /// </summary>
    public IReadOnlyList<Document> Fill(Article article)
    {
        while (pool.Count < article.Paragraphs.Count)
        {
            pool.Add(new PassageDocument());
        }
        var documents = new Document[article.Paragraphs.Count];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = pool[i].Fill(article, article.Paragraphs[i]);
        }
        return documents;
    }

    private sealed class PassageDocument
    {
        private readonly Document document = [];
        private readonly StringField articleId = new(PassageFields.ArticleId, "", Field.Store.YES);
        private readonly TextField title = new(PassageFields.Title, "", Field.Store.YES);
        private readonly StoredField date = new(PassageFields.Date, "");
        private readonly Int32Field dateNumber = new(PassageFields.DateNumber, 0, Field.Store.NO);
        private readonly StoredField url = new(PassageFields.Url, "");
        private readonly StoredField source = new(PassageFields.Source, "");
        private readonly Int32Field paragraph = new(PassageFields.Paragraph, 0, Field.Store.YES);
        private readonly StoredField start = new(PassageFields.Start, 0);
        private readonly StoredField end = new(PassageFields.End, 0);
        private readonly TextField text = new(PassageFields.Text, "", Field.Store.YES);
        private readonly StoredField contentHash = new(PassageFields.ContentHash, "");
        private bool hasDate;
        private bool hasUrl;
        private bool hasSource;

        public PassageDocument()
        {
            document.Add(articleId);
            document.Add(new StringField(PassageFields.Type, PassageFields.PassageType, Field.Store.YES));
            document.Add(title);
            document.Add(paragraph);
            document.Add(start);
            document.Add(end);
            document.Add(text);
            document.Add(contentHash);
        }

        public Document Fill(Article article, Paragraph passage)
        {
            articleId.SetStringValue(article.Id);
            title.SetStringValue(article.Title);
            paragraph.SetInt32Value(passage.Number);
            start.SetInt32Value(passage.Span.Start);
            end.SetInt32Value(passage.Span.End);
            text.SetStringValue(passage.Text);
            contentHash.SetStringValue(article.ContentHash);

            var dated = article.Date is not null;
            if (article.Date is { } day)
            {
                date.SetStringValue(day.ToString(PassageFields.DateFormat, CultureInfo.InvariantCulture));
                dateNumber.SetInt32Value(PassageFields.ToDateNumber(day));
            }
            Toggle(date, dated, hasDate);
            Toggle(dateNumber, dated, hasDate);
            hasDate = dated;
            hasUrl = SetOptional(url, article.Url, hasUrl);
            hasSource = SetOptional(source, article.Source, hasSource);
            return document;
        }

        private bool SetOptional(Field field, string? value, bool attached)
        {
            if (value is not null)
            {
                field.SetStringValue(value);
            }
            Toggle(field, value is not null, attached);
            return value is not null;
        }

        /// <summary>Adds or removes an optional field so that a missing value is absent, not stored as "".</summary>
        private void Toggle(Field field, bool wanted, bool attached)
        {
            if (wanted && !attached)
            {
                document.Add(field);
            }
            else if (!wanted && attached)
            {
                document.RemoveFields(field.Name);
            }
        }
    }
}
