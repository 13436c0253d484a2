using NewsBot.Articles;

namespace NewsBot.Index.Tests;

public sealed class SearchTests : IDisposable
{
    private readonly TempIndexFolder folder = new();
    private readonly NewsIndex index;
    private readonly Article seed = TestArticles.Seed();

    public SearchTests()
    {
        index = folder.Open();
        index.Upsert(seed);
        index.Commit();
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void The_Peskov_passage_is_found_with_offsets_into_the_article_text()
    {
        var hits = index.Search(new PassageQuery("Peskov groundless"));

        var peskov = Assert.Single(hits, h => h.Text.StartsWith("Russian President Vladimir Putin's press secretary", StringComparison.Ordinal));
        Assert.Equal(seed.Id, peskov.ArticleId);
        Assert.Equal(2, peskov.Paragraph);
        Assert.Equal(TestArticles.SeedDate, peskov.Date);
        Assert.Equal(seed.Title, peskov.Title);
        Assert.All(hits, hit => Assert.Equal(hit.Text, seed.Text[hit.Start..hit.End]));
        Assert.All(hits, hit => Assert.True(hit.Score > 0));
    }

    [Fact]
    public void Highlights_cover_exactly_the_matched_words_in_article_coordinates()
    {
        var hits = index.Search(new PassageQuery("groundless"));

        Assert.Equal(2, hits.Count); // the repeated quote paragraph was removed by the builder
        foreach (var hit in hits)
        {
            Assert.Equal(["groundless"], TestArticles.HighlightedWords(seed, hit));
            Assert.All(hit.Highlights, span => Assert.True(span.Start >= hit.Start && span.End <= hit.End));
        }
    }

    [Fact]
    public void A_word_finds_other_forms_of_itself()
    {
        var hits = index.Search(new PassageQuery("calls"));

        var peskov = Assert.Single(hits, h => h.Paragraph == 2);
        Assert.Equal(["called"], TestArticles.HighlightedWords(seed, peskov));
    }

    [Fact]
    public void Accented_and_plain_spellings_find_each_other()
    {
        var accented = TestArticles.Invented("kyiv-accented", "Officials in Kýiv said the talks would resume.");
        index.Upsert(accented);

        var plainQuery = index.Search(new PassageQuery("Kyiv"));
        var accentedQuery = index.Search(new PassageQuery("Kýiv"));

        var hit = Assert.Single(plainQuery, h => h.ArticleId == accented.Id);
        Assert.Equal(["Kýiv"], TestArticles.HighlightedWords(accented, hit));
        Assert.Contains(accentedQuery, h => h.ArticleId == seed.Id && h.Text.Contains("influence on Kyiv", StringComparison.Ordinal));
    }

    [Fact]
    public void Stop_words_in_a_query_are_ignored_and_never_highlighted()
    {
        var hits = index.Search(new PassageQuery("the concern of the United States"));

        Assert.NotEmpty(hits);
        var highlighted = hits.SelectMany(hit => TestArticles.HighlightedWords(seed, hit)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Contains("concern", highlighted);
        Assert.DoesNotContain("the", highlighted);
        Assert.DoesNotContain("of", highlighted);
    }

    [Fact]
    public void A_quoted_phrase_matches_and_marks_only_words_that_stand_together()
    {
        var hits = index.Search(new PassageQuery("\"Russian troops\""));

        Assert.NotEmpty(hits);
        Assert.DoesNotContain(hits, h => h.Paragraph == 1); // "Russian counterpart", no troops
        var peskov = Assert.Single(hits, h => h.Paragraph == 2);
        // Paragraph 2 starts with "Russian President": that "Russian" is not part of the phrase and stays unmarked.
        Assert.Equal(["Russian", "troops"], TestArticles.HighlightedWords(seed, peskov));
        Assert.True(peskov.Highlights[0].Start > peskov.Start);
    }

    [Fact]
    public void Without_quotes_every_occurrence_of_each_word_is_marked()
    {
        var hits = index.Search(new PassageQuery("Russian troops"));

        var peskov = Assert.Single(hits, h => h.Paragraph == 2);
        Assert.Equal(["Russian", "Russian", "troops"], TestArticles.HighlightedWords(seed, peskov));
    }

    [Fact]
    public void Words_and_a_phrase_together_mark_the_words_everywhere_and_the_phrase_where_it_stands_together()
    {
        var hits = index.Search(new PassageQuery("\"Russian troops\" Peskov"));

        var peskov = Assert.Single(hits, h => h.Paragraph == 2);
        Assert.Equal(["Peskov", "Russian", "troops"], TestArticles.HighlightedWords(seed, peskov));
    }

    [Fact]
    public void An_excluded_word_removes_passages_that_contain_it()
    {
        var hits = index.Search(new PassageQuery("groundless -journalists"));

        var hit = Assert.Single(hits);
        Assert.Equal(2, hit.Paragraph);
    }

    [Fact]
    public void A_title_word_finds_passages_of_that_article()
    {
        var article = TestArticles.Invented("titled", "The council met on Monday.", title: "Harbour expansion approved");
        index.Upsert(article);

        var hit = Assert.Single(index.Search(new PassageQuery("harbour")));

        Assert.Equal(article.Id, hit.ArticleId);
        Assert.Empty(hit.Highlights); // the title matched, not the passage text
    }

    [Fact]
    public void The_limit_caps_the_number_of_hits_best_first()
    {
        var hits = index.Search(new PassageQuery("Russian Ukraine") { Limit = 3 });

        Assert.Equal(3, hits.Count);
        Assert.True(hits[0].Score >= hits[1].Score && hits[1].Score >= hits[2].Score);
    }

    [Fact]
    public void Searches_see_upserts_before_they_are_committed()
    {
        var article = TestArticles.Invented("uncommitted", "A lighthouse keeper rescued two sailors.");

        index.Upsert(article);

        Assert.Equal(article.Id, Assert.Single(index.Search(new PassageQuery("lighthouse"))).ArticleId);
    }
}
