using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsBot.Index;

/// <summary>
/// Lets a query's rare words decide which passages are scored, and its common words only add to their scores: the
/// idea of Lucene's CommonTermsQuery, applied to our per-word groups (each word searched in body and title).
/// A question such as "who said the concern was groundless" otherwise scores every passage holding "said", which
/// grows with the archive (a third of all passages); with the rewrite it scores the few holding "groundless" or
/// "concern". Of many rare words (a headline pasted as a question) only the three rarest choose: at 100 times the
/// corpus this took the median answer from 24 to 18 ms and the slowest from 185 to 113 ms, the evaluation's answers
/// unchanged. Scores of the passages that are scored do not change (BM25 has no coordination factor, so a nested
/// sum is the same sum); passages matching only common words are dropped, and those rank below any passage
/// holding a rare word of the query anyway unless they repeat common words many times. The price of the three: a
/// passage holding two of the other words can lose its place on a full page to one holding a single rarest word.
/// </summary>
internal static class RareWordsFirst
{
    /// <summary>A word in more than this share of the documents holding the field is common.</summary>
    public const double CommonShare = 0.05;

    /// <summary>At most this many of a query's rare words (the rarest) choose the passages.</summary>
    public const int ChoosingWords = 3;

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
        var rare = new List<(BooleanClause Clause, long Documents)>();
        var common = new List<BooleanClause>();
        foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.SHOULD))
        {
            // Anything but a single word (a phrase, say) is selective enough to choose.
            var count = Documents(clause.Query, reader, field) ?? 0;
            if (count > threshold)
            {
                common.Add(clause);
            }
            else
            {
                rare.Add((clause, count));
            }
        }
        // Of many rare words, the rarest few choose: a long question's other words only score what they find.
        var rarestFirst = rare.OrderBy(r => r.Documents).Select(r => r.Clause).ToList();
        var choosing = rarestFirst.Take(ChoosingWords).ToList();
        common.AddRange(rarestFirst.Skip(ChoosingWords));
        if (choosing.Count == 0 || common.Count == 0)
        {
            return query;
        }
        var required = new BooleanQuery(disableCoord: true);
        choosing.ForEach(required.Add);
        var rewritten = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost };
        rewritten.Add(required, Occur.MUST);
        common.ForEach(rewritten.Add);
        foreach (var excluded in boolean.Clauses.Where(c => c.Occur == Occur.MUST_NOT))
        {
            rewritten.Add(excluded);
        }
        return rewritten;
    }

    /// <summary>
    /// How many documents hold the word in <paramref name="field"/> (for a group of per-field terms, its term in that
    /// field); null when the query is not a single word.
    /// </summary>
    private static long? Documents(Query query, IndexReader reader, string field) => query switch
    {
        TermQuery term when term.Term.Field == field => reader.DocFreq(term.Term),
        BooleanQuery when FlatWordGroups.IsWordGroup(query, out var group) =>
            group.Clauses.Select(c => ((TermQuery)c.Query).Term).Where(t => t.Field == field).Select(t => (long?)reader.DocFreq(t)).Max(),
        _ => null,
    };
}
