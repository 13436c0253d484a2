using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;

namespace NewsBot.Index;

/// <summary>
/// Turns what a user typed into Lucene query objects. SimpleQueryParser is used because it never throws on
/// odd input and treats characters as operators only where that is safe, so user text is never spliced into
/// query syntax. Only words, "phrases", +must, -must-not, | and (groups) are understood: prefix, fuzzy and
/// proximity operators are off because they bypass analysis and would silently miss stemmed, folded terms.
/// </summary>
internal static class PassageQueryBuilder
{
    public const string NoSearchableWordsMessage =
        "The query has no searchable words. Use at least one word that is not a common word such as \"the\" or \"and\".";

    public const string OnlyExclusionsMessage =
        "The query only excludes words. Add at least one word to search for.";

    public static readonly string TooManyWordsMessage =
        $"The query has too many words to search at once (Lucene combines at most {BooleanQuery.MaxClauseCount} terms). Use fewer words.";

    private const Operator AllowedOperators =
        Operator.AND_OPERATOR | Operator.NOT_OPERATOR | Operator.OR_OPERATOR | Operator.PHRASE_OPERATOR |
        Operator.PRECEDENCE_OPERATORS | Operator.ESCAPE_OPERATOR | Operator.WHITESPACE_OPERATOR;

    /// <summary>Body text matters most; a title word helps rank but is repeated on every passage, so counts half.</summary>
    private static readonly Dictionary<string, float> FieldWeights = new(StringComparer.Ordinal)
    {
        [PassageFields.Text] = 1.0f,
        [PassageFields.Title] = 0.5f,
    };

    /// <summary>Parses the user's text; throws <see cref="ArgumentException"/> when nothing in it can match.</summary>
    public static Query ParseText(NewsAnalyzer analyzer, string query) => ParseText(analyzer, query, FieldWeights);

    /// <summary>Parses the user's text against the given fields and weights.</summary>
    public static Query ParseText(NewsAnalyzer analyzer, string query, IDictionary<string, float> fieldWeights)
    {
        var parser = new SimpleQueryParser(analyzer, fieldWeights, AllowedOperators)
        {
            DefaultOperator = Occur.SHOULD,
        };
        Query? parsed;
        try
        {
            parsed = string.IsNullOrWhiteSpace(query) ? null : parser.Parse(query);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new ArgumentException(TooManyWordsMessage, nameof(query));
        }
        if (parsed is null)
        {
            throw new ArgumentException(NoSearchableWordsMessage, nameof(query));
        }
        parsed = LiftExclusions(parsed);
        if (!HasSearchableClause(parsed, out var onlyExclusions))
        {
            throw new ArgumentException(onlyExclusions ? OnlyExclusionsMessage : NoSearchableWordsMessage, nameof(query));
        }
        return parsed;
    }

    /// <summary>Restricts matches to the inclusive date range; null when none is given.</summary>
    /// <remarks>
    /// A date range is applied as a bit set that the query's own postings consult. Restricting to a document type
    /// is left to the query: passage words are searched in fields only passages index, and statement searches
    /// require their type as a clause. A filter matching every passage made Lucene step each query through every
    /// passage, so a search cost as much as the archive was large.
    /// </remarks>
    public static Filter? DateFilter(DateOnly? from, DateOnly? to) =>
        from is null && to is null
            ? null
            // A document without a date has no dateNumber term, so any date bound leaves undated articles out.
            : NumericRangeFilter.NewInt32Range(
                PassageFields.DateNumber,
                NumericFieldTypes.DatePrecisionStep,
                from is { } f ? PassageFields.ToDateNumber(f) : null,
                to is { } t ? PassageFields.ToDateNumber(t) : null,
                minInclusive: true,
                maxInclusive: true);

    /// <summary>
    /// SimpleQueryParser reads "-word" as "every document except those with word" and joins that to its siblings
    /// with the default operator; with SHOULD, "groundless -journalists" would then match every passage without
    /// "journalists". A user means "groundless, but not where journalists are mentioned", so each such
    /// exclusion becomes a MUST_NOT clause of the enclosing query.
    /// </summary>
    private static Query LiftExclusions(Query query)
    {
        if (query is not BooleanQuery boolean || IsExclusion(boolean, out _))
        {
            return query;
        }
        var lifted = new BooleanQuery(boolean.CoordDisabled)
        {
            Boost = boolean.Boost,
            MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch,
        };
        foreach (var clause in boolean.Clauses)
        {
            if (clause.Query is BooleanQuery inner && IsExclusion(inner, out var excluded))
            {
                foreach (var exclusion in excluded)
                {
                    lifted.Add(LiftExclusions(exclusion), Occur.MUST_NOT);
                }
            }
            else
            {
                lifted.Add(LiftExclusions(clause.Query), clause.Occur);
            }
        }
        return lifted;
    }

    /// <summary>True for the parser's "everything except" shape: MatchAllDocs plus MUST_NOT clauses.</summary>
    private static bool IsExclusion(BooleanQuery query, out List<Query> excluded)
    {
        excluded = query.Clauses.Where(c => c.Occur == Occur.MUST_NOT).Select(c => c.Query).ToList();
        return excluded.Count > 0 &&
            query.Clauses.All(c => c.Occur == Occur.MUST_NOT || c.Query is MatchAllDocsQuery);
    }

    /// <summary>
    /// True when the query can match something: an empty BooleanQuery (all stop words) or one made only of
    /// exclusions matches nothing in Lucene, which a user would read as "no news" rather than "bad query".
    /// </summary>
    private static bool HasSearchableClause(Query query, out bool onlyExclusions)
    {
        onlyExclusions = false;
        if (query is MatchAllDocsQuery)
        {
            return false; // only ever the parser's stand-in for "everything" next to an exclusion
        }
        if (query is not BooleanQuery boolean)
        {
            return true;
        }
        var excluded = false;
        foreach (var clause in boolean.Clauses)
        {
            if (clause.Occur == Occur.MUST_NOT)
            {
                excluded = true;
            }
            else if (HasSearchableClause(clause.Query, out _))
            {
                return true;
            }
        }
        onlyExclusions = excluded;
        return false;
    }
}
