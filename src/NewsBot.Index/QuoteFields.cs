namespace NewsBot.Index;

/// <summary>
/// The Lucene field names of a quote document. Quotes live in the same index as passages (type "quote") so an
/// article and its statements are replaced together in one atomic block; their text field has its own name so
/// quotes never skew the passage text's BM25 statistics.
/// </summary>
internal static class QuoteFields
{
    public const string QuoteType = "quote";
    public const string Speaker = "speaker";
    /// <summary>The lower-case, accent-folded full name: statements by one person share it.</summary>
    public const string SpeakerKey = "speakerKey";
    public const string Role = "role";
    public const string Kind = "kind";
    public const string Cue = "cue";
    public const string Text = "quoteText";
    /// <summary>The day the statement was made, stored and as a number (<see cref="PassageFields.DateNumber"/>).</summary>
    public const string Date = "statementDate";
    public const string DateRule = "dateRule";
    public const string ArticleDate = "articleDate";
    /// <summary>Speaker and normalised words: the same statement carried by several articles shares it.</summary>
    public const string StatementKey = "statementKey";
}
