namespace NewsBot.Index.Tests;

public sealed class QueryValidationTests : IDisposable
{
    private const string NoSearchableWords =
        "The query has no searchable words. Use at least one word that is not a common word such as \"the\" or \"and\". (Parameter 'query')";

    private readonly TempIndexFolder folder = new();
    private readonly NewsIndex index;

    public QueryValidationTests()
    {
        index = folder.Open();
        index.Upsert(TestArticles.Seed());
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t ")]
    [InlineData("the and of")]
    [InlineData("\"\" ()")]
    public void A_query_without_searchable_words_is_rejected_with_a_clear_message(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => index.Search(new PassageQuery(text)));

        Assert.Equal(NoSearchableWords, error.Message);
    }

    [Fact]
    public void A_query_that_only_excludes_words_is_rejected_with_a_clear_message()
    {
        var error = Assert.Throws<ArgumentException>(() => index.Search(new PassageQuery("-Peskov")));

        Assert.Equal("The query only excludes words. Add at least one word to search for. (Parameter 'query')", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1001)]
    public void A_limit_outside_1_to_1000_is_rejected_with_a_clear_message(int limit)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(new PassageQuery("Peskov") { Limit = limit }));

        Assert.Equal($"The limit must be between 1 and 1000; it was {limit}. (Parameter 'query')", error.Message);
    }

    [Fact]
    public void A_date_range_that_ends_before_it_starts_is_rejected_with_a_clear_message()
    {
        var query = new PassageQuery("Peskov") { From = new DateOnly(2021, 5, 1), To = new DateOnly(2021, 4, 1) };

        var error = Assert.Throws<ArgumentException>(() => index.Search(query));

        Assert.Equal("The date range is empty: From (2021-05-01) is after To (2021-04-01). (Parameter 'query')", error.Message);
    }

    [Theory]
    [InlineData("Peskov AND (")]
    [InlineData("\"unterminated phrase")]
    [InlineData("groundless~2 Kyiv* [x TO y] field:value \\")]
    [InlineData("+-+-|||\"\"\"")]
    public void Query_syntax_characters_typed_by_a_user_never_cause_a_crash(string text)
    {
        var exception = Record.Exception(() => index.Search(new PassageQuery(text)));

        Assert.True(exception is null or ArgumentException, $"unexpected {exception?.GetType().Name}: {exception?.Message}");
    }

    [Fact]
    public void Operator_words_are_searched_as_words_not_as_syntax()
    {
        var hits = index.Search(new PassageQuery("Peskov AND NOT groundless"));

        Assert.Contains(hits, h => h.Text.Contains("groundless", StringComparison.Ordinal));
    }
}
