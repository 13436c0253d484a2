using NewsBot.Answering.Questions;
using NewsBot.Answering.Text;
using NewsBot.Articles;
using NewsBot.Index;

namespace NewsBot.Answering.Retrieval;

/// <summary>
/// Searches the passage index for a question and reads whole articles, remembering the articles it has read for
/// the length of one answer (one instance per question).
/// </summary>
internal sealed class ArchiveReader(NewsIndex index)
{
    /// <summary>
    /// A question's dates say when something happened; the report can come days later. Articles are searched up
    /// to this many days after the range, so "what did Khomchak say on April 8?" finds the April 14 report.
    /// </summary>
    public const int ReportLagDays = 7;

    private readonly Dictionary<string, Article?> articles = new(StringComparer.Ordinal);

    public NewsIndex Index => index;

    /// <summary>
    /// The articles of the best passages for plain words, best first; the words are cleaned of query operators so
    /// user text is never query syntax.
    /// </summary>
    public IReadOnlyList<string> FindArticles(IEnumerable<string> words, DateRange? dates, int passages)
    {
        var text = PlainQuery.Of(words);
        if (text.Length == 0)
        {
            return [];
        }
        try
        {
            return index.FindArticleIds(new PassageQuery(text)
            {
                From = dates?.From,
                To = dates?.To.AddDays(ReportLagDays),
                Limit = passages,
            });
        }
        catch (ArgumentException)
        {
            return []; // only common words: nothing in the archive can answer it
        }
    }

    public Article? Article(string articleId)
    {
        if (!articles.TryGetValue(articleId, out var article))
        {
            article = index.GetArticle(articleId);
            articles[articleId] = article;
        }
        return article;
    }
}
