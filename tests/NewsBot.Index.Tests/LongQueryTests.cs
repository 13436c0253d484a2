namespace NewsBot.Index.Tests;

/// <summary>
/// A query of more words than Lucene combines (1,024 clauses) is refused with the ArgumentException the index
/// documents for queries it cannot run, which every caller turns into a clear message, not Lucene's own exception.
/// </summary>
public sealed class LongQueryTests : IDisposable
{
    private const string TooManyWords =
        "The query has too many words to search at once (Lucene combines at most 1024 terms). Use fewer words.";

    private static readonly string ManyWords = string.Join(' ', Enumerable.Range(0, 1_500).Select(i => $"w{i}"));

    private readonly TempIndexFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_search_with_more_words_than_the_index_can_combine_is_refused_with_an_argument_exception()
    {
        using var index = folder.Open();
        index.Upsert(TestArticles.Seed());

        var error = Assert.Throws<ArgumentException>(() => index.Search(new PassageQuery(ManyWords)));

        Assert.StartsWith(TooManyWords, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_search_about_more_words_than_the_index_can_combine_is_refused_with_an_argument_exception()
    {
        using var index = folder.Open();
        index.Upsert(TestArticles.Seed());

        var error = Assert.Throws<ArgumentException>(() => index.SearchQuotes(new QuoteQuery { About = ManyWords }));

        Assert.StartsWith(TooManyWords, error.Message, StringComparison.Ordinal);
    }
}
