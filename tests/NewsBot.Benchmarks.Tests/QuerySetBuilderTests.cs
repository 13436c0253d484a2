using NewsBot.Articles;
using NewsBot.Benchmarks.Queries;

namespace NewsBot.Benchmarks.Tests;

public class QuerySetBuilderTests
{
    [Fact]
    public void Each_query_takes_title_keywords_a_named_speaker_and_a_question_from_one_article()
    {
        var article = Article("a1", "The talks on the future of Kyiv");
        var statements = Statements((article, [Said("officials", "nothing was agreed"), Said("Dmitry Peskov", "Washington may perfectly use its influence on Kyiv")]));

        var query = Assert.Single(QuerySetBuilder.Build([article], statements));

        Assert.Equal(new BenchmarkQuery(1, "a1", "talks future Kyiv", "Dmitry Peskov", "What did Dmitry Peskov say about Washington?"), query);
    }

    [Fact]
    public void The_questions_take_three_forms_in_turn()
    {
        var articles = Enumerable.Range(1, 3).Select(i => Article($"a{i}", $"Budget vote number {i}")).ToList();
        var statements = Statements([.. articles.Select(a => (a, (IReadOnlyList<Quote>)[Said("Angela Merkel", "The budget is balanced, and we will keep it so.")]))]);

        var questions = QuerySetBuilder.Build(articles, statements).Select(q => q.Question);

        Assert.Equal(
            ["What did Angela Merkel say about balanced?", "Who said The budget is balanced, and we?", "What happened: Budget vote number 3?"],
            questions);
    }

    [Fact]
    public void An_article_without_a_named_speaker_takes_the_next_article_that_has_one()
    {
        var quiet = Article("quiet", "Storm hits coast");
        var next = Article("next", "Mayor speaks");
        var statements = Statements((quiet, [Said("residents", "it was loud")]), (next, [Said("Jane Smith", "We will rebuild")]));

        var queries = QuerySetBuilder.Build([quiet, next], statements);

        Assert.Equal(["Jane Smith", "Jane Smith"], queries.Select(q => q.Speaker));
        Assert.Equal(["Storm hits coast", "Mayor speaks"], queries.Select(q => q.Keywords));
    }

    [Fact]
    public void Two_hundred_evenly_spaced_articles_are_taken_from_a_larger_corpus()
    {
        var articles = Enumerable.Range(0, 1000).Select(i => Article($"a{i}", $"Headline {i}")).ToList();
        var statements = Statements([.. articles.Select(a => (a, (IReadOnlyList<Quote>)[Said("John Doe", "Yes indeed")]))]);

        var queries = QuerySetBuilder.Build(articles, statements);

        Assert.Equal(200, queries.Count);
        Assert.Equal(["a0", "a5", "a10"], queries.Take(3).Select(q => q.ArticleId));
        Assert.Equal(Enumerable.Range(1, 200), queries.Select(q => q.Number));
    }

    [Fact]
    public void An_empty_corpus_gives_no_queries_and_says_so()
    {
        var error = Assert.Throws<ArgumentException>(() => QuerySetBuilder.Build([], _ => []));

        Assert.StartsWith("The corpus has no articles to derive queries from.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dmitry Peskov", true)]
    [InlineData("George W. Bush", true)]
    [InlineData("Jean-Marc O'Neil", true)]
    [InlineData("officials", false)]
    [InlineData("Peskov", false)]
    [InlineData("The White House", false)]
    [InlineData("U.S. Department of Defense", false)]
    public void Only_speakers_given_by_a_capitalised_name_of_two_to_four_words_are_used(string speaker, bool used)
    {
        Assert.Equal(used, QueryWords.IsPersonName(speaker));
    }

    [Fact]
    public void The_query_set_file_has_a_header_and_one_line_per_query_with_tabs_kept_out_of_fields()
    {
        var text = QuerySetFile.Format([new BenchmarkQuery(1, "a1", "talks\tKyiv", "Dmitry Peskov", "What did Dmitry Peskov say?")]);

        Assert.Equal("n\tarticle\tsearch keywords\tquotes speaker\task question\n1\ta1\ttalks Kyiv\tDmitry Peskov\tWhat did Dmitry Peskov say?\n", text);
    }

    private static Article Article(string id, string title) =>
        ArticleBuilder.Build(new RawArticle("First paragraph of the story.\n\nSecond paragraph.") { Id = id, Title = title })!;

    private static Quote Said(string speaker, string words) =>
        new(speaker, speaker.ToLowerInvariant(), null, QuoteKind.Direct, "said", words, new TextSpan(0, 1), 1, null, DateRule.Unknown, null, null);

    private static Func<Article, IReadOnlyList<Quote>> Statements(params (Article Article, IReadOnlyList<Quote> Quotes)[] byArticle) =>
        article => byArticle.FirstOrDefault(entry => entry.Article.Id == article.Id).Quotes ?? [];
}
