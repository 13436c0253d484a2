using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsBot.Index;

/// <summary>
/// Lets a query's rare words decide which passages are scored, and its common words only add to their scores: the
/// idea of Lucene's CommonTermsQuery, applied to our per-word groups (each word searched in body and title).
/// A question such as "who said the concern was groundless" otherwise scores every passage holding "said", which
/// grows with the archive (a third of all passages); with the rewrite it scores the few holding "groundless" or
/// "concern". Scores of the passages that are scored do not change (BM25 has no coordination factor, so a nested
/// sum is the same sum); passages matching only common words are dropped, and those rank below any passage
/// holding a rare word of the query anyway unless they repeat common words many times.
/// </summary>
internal static class RareWordsFirst
{
    /// <summary>A word in more than this share of the documents holding the field is common.</summary>
    public const double CommonShare = 0.05;

    /// <summary>
    /// The rewritten query, or the same query when it has required clauses (already selective), when every word is
    /// common or none is (nothing to gain), or when it is not a disjunction of word groups.
    /// </summary>
    public static Query Rewrite(Query query, IndexReader reader, string field)
    {
        if (query is not BooleanQuery boolean || boolean.Clauses.Any(c => c.Occur == Occur.MUST))
        {
            return query;
        }
        var documents = reader.GetDocCount(field);
        if (documents <= 0)
        {
            return query;
        }
        var threshold = (long)(documents * CommonShare);
        var rare = new List<BooleanClause>();
        var common = new List<BooleanClause>();
        foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.SHOULD))
        {
            (IsCommon(clause.Query, reader, field, threshold) ? common : rare).Add(clause);
        }
        if (rare.Count == 0 || common.Count == 0)
        {
            return query;
        }
        var required = new BooleanQuery(disableCoord: true);
        rare.ForEach(required.Add);
        var rewritten = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost };
        rewritten.Add(required, Occur.MUST);
        common.ForEach(rewritten.Add);
        foreach (var excluded in boolean.Clauses.Where(c => c.Occur == Occur.MUST_NOT))
        {
            rewritten.Add(excluded);
        }
        return rewritten;
    }

    /// <summary>A single word (alone or as its group of per-field terms) found in more documents than the threshold.</summary>
    private static bool IsCommon(Query query, IndexReader reader, string field, long threshold) => query switch
    {
        TermQuery term when term.Term.Field == field => reader.DocFreq(term.Term) > threshold,
        BooleanQuery group => group.Clauses.All(c => c.Occur == Occur.SHOULD) &&
            group.Clauses.Any(c => c.Query is TermQuery t && t.Term.Field == field) &&
            group.Clauses.All(c => c.Query is TermQuery t && (t.Term.Field != field || reader.DocFreq(t.Term) > threshold)),
        _ => false,
    };
}
