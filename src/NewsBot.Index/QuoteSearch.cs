using System.Globalization;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>Finds statements by speaker, topic and date, and folds repeats of one statement into one hit.</summary>
internal static class QuoteSearch
{
    public const string NoSpeakerNameMessage = "The speaker has no searchable name. Give a name such as \"Peskov\".";

    /// <summary>Enough extra hits to fold repeats into statements and still fill the limit.</summary>
    private const int HitsPerStatement = 4;

    private static readonly Dictionary<string, float> TextWeights = new(StringComparer.Ordinal) { [QuoteFields.Text] = 1.0f };

    public static IReadOnlyList<QuoteHit> Run(IndexSearcher searcher, NewsAnalyzer analyzer, QuoteQuery query)
    {
        var clauses = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            clauses.Add(SpeakerQuery(analyzer, query.Speaker), Occur.MUST);
        }
        if (!string.IsNullOrWhiteSpace(query.About))
        {
            clauses.Add(PassageQueryBuilder.ParseText(analyzer, query.About, TextWeights), Occur.MUST);
        }
        if (!string.IsNullOrWhiteSpace(query.ArticleId))
        {
            clauses.Add(new TermQuery(new Term(PassageFields.ArticleId, query.ArticleId)), Occur.MUST);
        }
        // Statements only: a required clause, not a filter, so the query's rarest clause leads (see DateFilter); it
        // adds nothing to scores.
        clauses.Add(new ConstantScoreQuery(new TermQuery(new Term(PassageFields.Type, QuoteFields.QuoteType))) { Boost = 0 }, Occur.MUST);
        var filter = PassageQueryBuilder.DateFilter(query.From, query.To);
        var wanted = Math.Min(query.Limit * HitsPerStatement, PassageQuery.MaximumLimit * HitsPerStatement);
        // With no words to rank by, the newest statements are the most useful.
        var top = string.IsNullOrWhiteSpace(query.About)
            ? searcher.Search(clauses, filter, wanted, new Sort(new SortField(PassageFields.DateNumber, SortFieldType.INT32, reverse: true), SortField.FIELD_SCORE))
            : searcher.Search(clauses, filter, wanted);
        return Fold(top.ScoreDocs.Select(hit => (searcher.Doc(hit.Doc), hit.Score)), query.Limit);
    }

    /// <summary>Every word of the name must be in the speaker's name, so "Peskov" finds "Dmitry Peskov".</summary>
    private static BooleanQuery SpeakerQuery(NewsAnalyzer analyzer, string speaker)
    {
        var query = new BooleanQuery();
        using var tokens = analyzer.GetTokenStream(QuoteFields.Speaker, speaker);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            query.Add(new TermQuery(new Term(QuoteFields.Speaker, term.ToString())), Occur.MUST);
        }
        tokens.End();
        if (query.Clauses.Count == 0)
        {
            throw new ArgumentException(NoSpeakerNameMessage, nameof(speaker));
        }
        return query;
    }

    private static List<QuoteHit> Fold(IEnumerable<(Document Document, float Score)> hits, int limit)
    {
        var statements = new List<QuoteHit>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (document, score) in hits)
        {
            var key = Get(document, QuoteFields.StatementKey)!;
            if (byKey.TryGetValue(key, out var position))
            {
                var first = statements[position];
                statements[position] = first with { OtherSources = [.. first.OtherSources, SourceOf(document)] };
                continue;
            }
            if (statements.Count == limit)
            {
                continue; // still fold later repeats into the statements already chosen
            }
            byKey[key] = statements.Count;
            statements.Add(new QuoteHit(
                Get(document, QuoteFields.Speaker)!,
                Get(document, QuoteFields.Role),
                Enum.Parse<QuoteKind>(Get(document, QuoteFields.Kind)!),
                Get(document, QuoteFields.Cue)!,
                Get(document, QuoteFields.Text)!,
                Date(Get(document, QuoteFields.Date)),
                Enum.Parse<DateRule>(Get(document, QuoteFields.DateRule)!),
                SourceOf(document),
                [],
                float.IsNaN(score) ? 0 : score));
        }
        return statements;
    }

    private static QuoteSource SourceOf(Document document) => new(
        Get(document, PassageFields.ArticleId)!,
        Get(document, PassageFields.Title)!,
        Date(Get(document, QuoteFields.ArticleDate)),
        Get(document, PassageFields.Url),
        document.GetField(PassageFields.Paragraph).GetInt32Value()!.Value,
        document.GetField(PassageFields.Start).GetInt32Value()!.Value,
        document.GetField(PassageFields.End).GetInt32Value()!.Value);

    private static string? Get(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, PassageFields.DateFormat, CultureInfo.InvariantCulture);
}
