using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace NewsBot.Index.Tests;

/// <summary>
/// The query that is run has each word's field group lifted into its parent (faster to score); what it finds and
/// how it scores them must not change.
/// </summary>
public sealed class FlatWordGroupsTests : IDisposable
{
    private readonly NewsAnalyzer analyzer = new();
    private readonly RAMDirectory directory = new();

    [Fact]
    public void Each_words_field_group_becomes_term_clauses_of_the_query_around_it()
    {
        var parsed = PassageQueryBuilder.ParseText(analyzer, "officials groundless");

        Assert.Equal("text:offici title:offici^0.5 text:groundless title:groundless^0.5", FlatWordGroups.Flatten(parsed).ToString());
    }

    [Fact]
    public void Groups_inside_a_required_clause_are_lifted_into_it_and_a_groups_boost_moves_onto_its_terms()
    {
        var required = new BooleanQuery(disableCoord: true);
        required.Add(Group("rare"), Occur.SHOULD);
        required.Add(Group("rarer"), Occur.SHOULD);
        var query = new BooleanQuery(disableCoord: true);
        query.Add(required, Occur.MUST);
        query.Add(Group("common", boost: 2f), Occur.SHOULD);

        Assert.Equal("+(text:rare title:rare^0.5 text:rarer title:rarer^0.5) text:common^2.0 title:common", FlatWordGroups.Flatten(query).ToString());
    }

    [Fact]
    public void A_phrase_and_a_query_counting_its_optional_clauses_keep_their_groups()
    {
        var phrase = PassageQueryBuilder.ParseText(analyzer, "\"harbour town\"");
        var counting = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = 2 };
        counting.Add(Group("one"), Occur.SHOULD);
        counting.Add(Group("two"), Occur.SHOULD);

        Assert.Equal(phrase.ToString(), FlatWordGroups.Flatten(phrase).ToString());
        Assert.Equal(counting.ToString(), FlatWordGroups.Flatten(counting).ToString());
    }

    [Fact]
    public void The_flat_query_finds_the_same_passages_with_the_same_scores()
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version, analyzer)))
        {
            string[][] passages =
            [
                ["Harbour report", "Officials said the concern was groundless."],
                ["Officials meet", "The officials called the claim groundless and officials repeated it."],
                ["Town news", "Officials met in town to discuss the harbour."],
                ["Groundless fears", "Nobody here said anything about it."],
                ["Weather", "Rain is expected."],
            ];
            foreach (var passage in passages)
            {
                writer.AddDocument(new Document { new TextField(PassageFields.Title, passage[0], Field.Store.NO), new TextField(PassageFields.Text, passage[1], Field.Store.NO) });
            }
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new FieldBm25Similarity() };
        var parsed = PassageQueryBuilder.ParseText(analyzer, "officials groundless harbour");

        var nested = searcher.Search(parsed, 10).ScoreDocs;
        var flat = searcher.Search(FlatWordGroups.Flatten(parsed), 10).ScoreDocs;

        Assert.Equal(4, nested.Length);
        Assert.Equal(nested.Select(d => d.Doc), flat.Select(d => d.Doc));
        Assert.All(nested.Zip(flat), pair => Assert.Equal(pair.First.Score, pair.Second.Score, tolerance: 1e-5));
    }

    /// <summary>A word's group as the parser makes it: the word in the text, and at half weight in the title.</summary>
    private static BooleanQuery Group(string word, float boost = 1f)
    {
        var group = new BooleanQuery(disableCoord: true) { Boost = boost };
        group.Add(new TermQuery(new Term(PassageFields.Text, word)), Occur.SHOULD);
        group.Add(new TermQuery(new Term(PassageFields.Title, word)) { Boost = 0.5f }, Occur.SHOULD);
        return group;
    }

    public void Dispose() => directory.Dispose();
}
