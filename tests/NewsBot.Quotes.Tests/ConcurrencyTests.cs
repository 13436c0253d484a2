using NewsBot.Articles;
namespace NewsBot.Quotes.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public void One_extractor_gives_the_same_statements_when_articles_are_extracted_in_parallel()
    {
        var articles = Enumerable.Range(1, 40).Select(day => ArticleFactory.FromParagraphsDated(new DateOnly(2021, 3, 1).AddDays(day),
            $"On March {day % 28 + 1}, Mayor Jan Novak said the bridge would reopen in May.",
            "\"We are ready,\" he added on Tuesday.")).ToList();
        var sequential = articles.Select(a => ArticleFactory.Extractor.Extract(a)).ToList();

        var parallel = new IReadOnlyList<Quote>[articles.Count];
        Parallel.For(0, articles.Count, i => parallel[i] = new QuoteExtractor().Extract(articles[i]));

        for (var i = 0; i < articles.Count; i++)
        {
            Assert.Equal(sequential[i], parallel[i]);
        }
    }
}
