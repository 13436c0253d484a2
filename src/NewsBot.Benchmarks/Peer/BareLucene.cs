using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsBot.Benchmarks.Peer;

/// <summary>
/// Lucene.Net as the Lucene Java peer of issue #7 used Lucene: one document per paragraph with one text field, the
/// standard analyzer, BM25, a bare top ten, one thread. It measures what the library itself reaches on this machine,
/// so that NewsBot's figures can be read against Lucene.Net as well as against Lucene Java (a JVM and another port).
/// It follows Lucene.Net's own advice for speed as NewsBot does (one long-lived writer, reused document and fields,
/// NewsBot's 256 MB buffer) and carries none of NewsBot's extras (title, dates, ids as doc values, statements).
/// </summary>
internal static class BareLucene
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string Id = "id";
    public const string Paragraph = "paragraph";
    public const string Text = "text";

    /// <summary>The standard analyzer (standard tokenizer, lower case, English stop words): no stemming, no folding.</summary>
    public static Analyzer NewAnalyzer() => new StandardAnalyzer(Version);

    /// <summary>
    /// Any of the keywords' analysed words may match, each a term query on the text, as NewsBot's search and the
    /// SQLite peer take them; null when the keywords hold no word the analyzer keeps.
    /// </summary>
    public static Query? AnyWord(Analyzer analyzer, string keywords)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var query = new BooleanQuery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var tokens = analyzer.GetTokenStream(Text, keywords);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            var word = term.ToString();
            if (seen.Add(word))
            {
                query.Add(new TermQuery(new Term(Text, word)), Occur.SHOULD);
            }
        }
        tokens.End();
        return query.Clauses.Count == 0 ? null : query;
    }
}
