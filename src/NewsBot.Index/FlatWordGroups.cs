using System.Diagnostics.CodeAnalysis;
using Lucene.Net.Search;

namespace NewsBot.Index;

/// <summary>
/// Lifts each word's field group (the parser's "text:word title:word^0.5") into the query around it, so Lucene scores
/// one flat disjunction of term queries instead of a disjunction of small disjunctions, each of which adds a scorer
/// and a sum per matching passage. Scores do not change: BM25 has no coordination factor and no query norm (both are
/// 1), so a nested sum is the same sum, and a group's boost moves onto its terms. Only the query that is run is
/// flattened; the parsed query keeps its groups for <see cref="RareWordsFirst"/>, which counts a word's documents per
/// group, and for highlighting. Groups of anything but single terms (a quoted phrase's) stay as they are.
/// </summary>
internal static class FlatWordGroups
{
    public static Query Flatten(Query query)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }
        var flat = new BooleanQuery(boolean.CoordDisabled)
        {
            Boost = boolean.Boost,
            MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch,
        };
        foreach (var clause in boolean.Clauses)
        {
            // With a minimum number of optional clauses to match, a group must count as one clause: leave it.
            if (clause.Occur == Occur.SHOULD && boolean.MinimumNumberShouldMatch == 0 && IsWordGroup(clause.Query, out var group))
            {
                foreach (var term in group.Clauses.Select(c => (TermQuery)c.Query))
                {
                    flat.Add(group.Boost == 1f ? term : new TermQuery(term.Term) { Boost = term.Boost * group.Boost }, Occur.SHOULD);
                }
            }
            else
            {
                flat.Add(Flatten(clause.Query), clause.Occur);
            }
        }
        return flat;
    }

    /// <summary>A word's field group as the parser makes it: optional term queries only (the word in each field).</summary>
    internal static bool IsWordGroup(Query query, [NotNullWhen(true)] out BooleanQuery? group)
    {
        group = query as BooleanQuery;
        return group is { MinimumNumberShouldMatch: 0, Clauses.Count: > 0 }
            && group.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery);
    }
}
