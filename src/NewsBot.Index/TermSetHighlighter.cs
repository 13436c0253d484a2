using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>
/// Marks the words of a passage that are terms of a query made only of words (no phrases): the common case, and
/// one where the classic Highlighter's machinery (weighted span extraction, fragment scoring, rebuilding the text)
/// decides nothing more than "is this token one of the query's terms". Prohibited words are not marked, as with
/// the classic QueryScorer.
/// </summary>
internal sealed class TermSetHighlighter
{
    private readonly NewsAnalyzer analyzer;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> terms;

    private TermSetHighlighter(NewsAnalyzer analyzer, HashSet<string> terms)
    {
        this.analyzer = analyzer;
        this.terms = terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A highlighter for <paramref name="query"/>, or null when the query holds phrases or other positional parts.</summary>
    public static TermSetHighlighter? For(NewsAnalyzer analyzer, Query query)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        return CollectTextTerms(query, terms) ? new TermSetHighlighter(analyzer, terms) : null;
    }

    public List<TextSpan> Highlight(string passageText, int passageStart)
    {
        var spans = new List<TextSpan>();
        using var tokens = analyzer.GetTokenStream(PassageFields.Text, passageText);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var offsets = tokens.AddAttribute<IOffsetAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            if (terms.Contains(term.Buffer.AsSpan(0, term.Length)))
            {
                spans.Add(new TextSpan(passageStart + offsets.StartOffset, passageStart + offsets.EndOffset));
            }
        }
        tokens.End();
        return spans;
    }

    /// <summary>Adds the passage-text terms of every clause that is not prohibited; false for anything but words.</summary>
    private static bool CollectTextTerms(Query query, HashSet<string> terms)
    {
        switch (query)
        {
            case TermQuery termQuery:
                if (termQuery.Term.Field == PassageFields.Text)
                {
                    terms.Add(termQuery.Term.Text);
                }
                return true;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT && !CollectTextTerms(clause.Query, terms))
                    {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }
}
