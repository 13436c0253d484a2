using System.Globalization;
using NewsBot.Articles;

namespace NewsBot.Benchmarks.Queries;

/// <summary>
/// Derives the fixed query set from the corpus, so every run and every scale asks the same things: evenly spaced
/// articles (every N/200-th), each giving the content words of its title as search keywords, the first named
/// speaker of its statements (or of the next article that has one) for the quotes query, and a question in one of
/// three forms, in turn: "What did SPEAKER say about TOPIC?" (TOPIC: the longest word of the statement), "Who said
/// FIRST SIX WORDS OF THE STATEMENT?" and "What happened: TITLE?".
/// </summary>
internal static class QuerySetBuilder
{
    public const int Size = 200;
    private const int MaximumKeywords = 6;

    public static IReadOnlyList<BenchmarkQuery> Build(IReadOnlyList<Article> articles, Func<Article, IReadOnlyList<Quote>> statements)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(statements);
        if (articles.Count == 0)
        {
            throw new ArgumentException("The corpus has no articles to derive queries from.", nameof(articles));
        }
        var stride = Math.Max(1, articles.Count / Size);
        var queries = new List<BenchmarkQuery>(Size);
        for (var position = 0; position < articles.Count && queries.Count < Size; position += stride)
        {
            var article = articles[position];
            var keywords = string.Join(' ', QueryWords.ContentWords(article.Title).Take(MaximumKeywords));
            if (keywords.Length == 0 || NamedStatement(articles, position, statements) is not { } statement)
            {
                continue;
            }
            var number = queries.Count + 1;
            queries.Add(new BenchmarkQuery(number, article.Id, keywords, statement.Speaker, Question(number, article, statement)));
        }
        return queries;
    }

    private static string Question(int number, Article article, Quote statement) => (number % 3) switch
    {
        1 => string.Create(CultureInfo.InvariantCulture, $"What did {statement.Speaker} say about {Topic(statement.Text)}?"),
        2 => string.Create(CultureInfo.InvariantCulture, $"Who said {FirstWords(statement.Text, 6)}?"),
        _ => $"What happened: {article.Title}?",
    };

    /// <summary>The longest content word of the statement (the first of equals): usually its most specific word.</summary>
    private static string Topic(string statement) =>
        QueryWords.ContentWords(statement).Aggregate("", (best, word) => word.Length > best.Length ? word : best);

    /// <summary>The statement's first words as written, without the punctuation that ends the last of them.</summary>
    private static string FirstWords(string statement, int count) =>
        string.Join(' ', statement.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count)).TrimEnd(',', '.', ';', ':', '!', '?');

    /// <summary>The first statement with a named speaker in the article at <paramref name="position"/> or after it.</summary>
    private static Quote? NamedStatement(IReadOnlyList<Article> articles, int position, Func<Article, IReadOnlyList<Quote>> statements)
    {
        for (var i = position; i < articles.Count; i++)
        {
            if (statements(articles[i]).FirstOrDefault(q => QueryWords.IsPersonName(q.Speaker)) is { } quote)
            {
                return quote;
            }
        }
        return null;
    }
}
