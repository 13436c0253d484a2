namespace NewsBot.Answering.Quotes;

/// <summary>
/// Statements and their speakers, extracted from the archive. Optional: when none is registered, answers and
/// citation checks attribute words by a simpler rule (the speaker's name in the same paragraph or the sentence
/// before), see <see cref="NewsBot.Answering.Retrieval.SpeakerAttribution"/>.
/// </summary>
public interface IQuoteSource
{
    /// <summary>Statements matching the search, best first.</summary>
    IReadOnlyList<ArchiveQuote> Find(QuoteSearch search);

    /// <summary>Every statement extracted from one article, in text order.</summary>
    IReadOnlyList<ArchiveQuote> InArticle(string articleId);
}
