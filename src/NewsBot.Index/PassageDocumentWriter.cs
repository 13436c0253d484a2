using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>
/// Turns an article into one Lucene document per paragraph. Documents and fields are created once and refilled
/// for every article, because allocating a dozen fields per paragraph dominates bulk indexing time otherwise.
/// Not thread-safe: each background writer thread has its own.
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
        var articleId = new BytesRef(article.Id);
        var textHash = TextHash(article.Text);
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = pool[i].Fill(article, articleId, textHash, article.Paragraphs[i]);
        }
        return documents;
    }

    /// <summary>The first 8 bytes of the text's SHA-256; never 0, which doc values read for a passage without one.</summary>
    private static long TextHash(string text)
    {
        var hash = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return hash == 0 ? 1 : hash;
    }

    private sealed class PassageDocument
    {
        private readonly Document document = [];
        private readonly StringField articleId = new(PassageFields.ArticleId, "", Field.Store.YES);
        /// <summary>The same id as doc values, so a search's hits name their articles without reading stored fields.</summary>
        private readonly SortedDocValuesField articleIdValue = new(PassageFields.ArticleId, new BytesRef());
        private readonly NumericDocValuesField textHash = new(PassageFields.TextHash, 0L);
        private readonly TextField title = new(PassageFields.Title, "", Field.Store.YES);
        private readonly Int32Field paragraph = new(PassageFields.Paragraph, 0, NumericFieldTypes.StoredParagraph);
        private readonly StoredField start = new(PassageFields.Start, 0);
        private readonly StoredField end = new(PassageFields.End, 0);
        private readonly TextField text = new(PassageFields.Text, "", Field.Store.YES);
        private readonly StoredField contentHash = new(PassageFields.ContentHash, "");
        private readonly OptionalField date;
        private readonly OptionalField dateNumber;
        private readonly OptionalField url;
        private readonly OptionalField source;

        public PassageDocument()
        {
            document.Add(articleId);
            document.Add(articleIdValue);
            document.Add(textHash);
            document.Add(new StringField(PassageFields.Type, PassageFields.PassageType, Field.Store.YES));
            document.Add(title);
            document.Add(paragraph);
            document.Add(start);
            document.Add(end);
            document.Add(text);
            document.Add(contentHash);
            date = new OptionalField(document, new StoredField(PassageFields.Date, ""));
            dateNumber = new OptionalField(document, new Int32Field(PassageFields.DateNumber, 0, NumericFieldTypes.IndexedDate));
            url = new OptionalField(document, new StoredField(PassageFields.Url, ""));
            source = new OptionalField(document, new StoredField(PassageFields.Source, ""));
        }

        public Document Fill(Article article, BytesRef id, long articleTextHash, Paragraph passage)
        {
            articleId.SetStringValue(article.Id);
            articleIdValue.SetBytesValue(id);
            textHash.SetInt64Value(articleTextHash);
            title.SetStringValue(article.Title);
            paragraph.SetInt32Value(passage.Number);
            start.SetInt32Value(passage.Span.Start);
            end.SetInt32Value(passage.Span.End);
            text.SetStringValue(passage.Text);
            contentHash.SetStringValue(article.ContentHash);
            date.Set(article.Date?.ToString(PassageFields.DateFormat, CultureInfo.InvariantCulture));
            dateNumber.Set(article.Date is { } day ? PassageFields.ToDateNumber(day) : null);
            url.Set(article.Url);
            source.Set(article.Source);
            return document;
        }
    }
}
