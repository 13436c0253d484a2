namespace NewsBot.Index;

/// <summary>
/// The Lucene field names and values of an article's documents (its passages, and the article document that stores
/// its whole text), in one place so writer and reader agree.
/// </summary>
internal static class PassageFields
{
    /// <summary>Every document of an article carries it; upserts and deletes replace by this term.</summary>
    public const string ArticleId = "articleId";
    /// <summary>Kind of document: passages now, quotes later, all in one index.</summary>
    public const string Type = "type";
    public const string PassageType = "passage";
    public const string Title = "title";
    /// <summary>Stored "yyyy-MM-dd"; absent when the article has no date.</summary>
    public const string Date = "date";
    /// <summary>Indexed yyyymmdd as an Int32, for inclusive date range filters.</summary>
    public const string DateNumber = "dateNumber";
    public const string Url = "url";
    public const string Source = "source";
    /// <summary>1-based paragraph number; indexed so paragraph 1 counts articles.</summary>
    public const string Paragraph = "paragraph";
    public const string Start = "start";
    public const string End = "end";
    public const string Text = "text";
    public const string ContentHash = "contentHash";
    /// <summary>
    /// Doc values of every passage: a 64-bit hash of its article's text alone (not id, title or date), so copies of
    /// one text under several ids are recognised without reading them.
    /// </summary>
    public const string TextHash = "textHash";
    /// <summary>
    /// Only the article document (one per article, storing its whole text, never searched for words) has this
    /// field, holding the article id: finding it is one term lookup.
    /// </summary>
    public const string ArticleDocumentId = "articleDocumentId";
    /// <summary>The article document's whole text: paragraphs joined by the article's paragraph separator.</summary>
    public const string ArticleText = "articleText";
    public const string ParagraphCount = "paragraphCount";

    public const string DateFormat = "yyyy-MM-dd";

    public static int ToDateNumber(DateOnly date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;
}
