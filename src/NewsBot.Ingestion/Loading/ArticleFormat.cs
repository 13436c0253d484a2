namespace NewsBot.Ingestion.Loading;

/// <summary>The layouts of article files NewsBot understands.</summary>
internal enum ArticleFormat
{
    /// <summary>The seed layout: a first line " date YYYY-MM-DD" followed by the lede, then paragraphs.</summary>
    SeedText,
    PlainText,
    Markdown,
    JsonLines,
    Json,
    Html,
    Feed,
}
