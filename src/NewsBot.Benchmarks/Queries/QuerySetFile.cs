using System.Text;

namespace NewsBot.Benchmarks.Queries;

/// <summary>The query set as a tab-separated file beside the results, so anyone can see what was asked.</summary>
internal static class QuerySetFile
{
    public static string Format(IEnumerable<BenchmarkQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var text = new StringBuilder("n\tarticle\tsearch keywords\tquotes speaker\task question\n");
        foreach (var query in queries)
        {
            text.Append(query.Number).Append('\t').Append(Clean(query.ArticleId)).Append('\t').Append(Clean(query.Keywords))
                .Append('\t').Append(Clean(query.Speaker)).Append('\t').Append(Clean(query.Question)).Append('\n');
        }
        return text.ToString();
    }

    private static string Clean(string field) => field.Replace('\t', ' ').Replace('\n', ' ');
}
