using System.Globalization;
using Lucene.Net.Documents;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>
/// Turns an article into its article document: the whole text and what the article says about itself, stored
/// once and indexed only by id. Reading an article back from its passages decompresses a block of stored
/// fields per paragraph (a 325-paragraph article took 14 ms, most of a slow answer); one document is one
/// decompression. Nothing in it is searchable by words, so passage and quote searches never meet it.
/// Reuses its document and fields as <see cref="PassageDocumentWriter"/> does; not thread-safe.
/// </summary>
internal sealed class ArticleDocumentWriter
{
    private readonly Document document = [];
    private readonly StringField articleId = new(PassageFields.ArticleId, "", Field.Store.YES);
    private readonly StringField articleDocumentId = new(PassageFields.ArticleDocumentId, "", Field.Store.NO);
    private readonly StoredField title = new(PassageFields.Title, "");
    private readonly StoredField text = new(PassageFields.ArticleText, "");
    private readonly StoredField paragraphCount = new(PassageFields.ParagraphCount, 0);
    private readonly StoredField contentHash = new(PassageFields.ContentHash, "");
    private readonly OptionalField date;
    private readonly OptionalField url;
    private readonly OptionalField source;

    public ArticleDocumentWriter()
    {
        document.Add(articleId);
        document.Add(articleDocumentId);
        document.Add(title);
        document.Add(text);
        document.Add(paragraphCount);
        document.Add(contentHash);
        date = new OptionalField(document, new StoredField(PassageFields.Date, ""));
        url = new OptionalField(document, new StoredField(PassageFields.Url, ""));
        source = new OptionalField(document, new StoredField(PassageFields.Source, ""));
    }

    /// <summary>The article's document, valid until the next call.</summary>
    public Document Fill(Article article)
    {
        articleId.SetStringValue(article.Id);
        articleDocumentId.SetStringValue(article.Id);
        title.SetStringValue(article.Title);
        text.SetStringValue(article.Text);
        paragraphCount.SetInt32Value(article.Paragraphs.Count);
        contentHash.SetStringValue(article.ContentHash);
        date.Set(article.Date?.ToString(PassageFields.DateFormat, CultureInfo.InvariantCulture));
        url.Set(article.Url);
        source.Set(article.Source);
        return document;
    }
}
