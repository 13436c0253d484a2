namespace NewsBot.Index.Tests;

/// <summary>
/// A long query (a headline pasted as a question) lets its three rarest words choose the passages, so its other
/// words do not make every search walk long lists; passages found only by those other words still come when the
/// rarest words fill too little of the page.
/// </summary>
public sealed class LongQueryRareWordTests : IDisposable
{
    private readonly TempIndexFolder folder = new();
    private readonly NewsIndex index;

    public LongQueryRareWordTests()
    {
        index = folder.Open();
        // 200 one-paragraph articles: a word in more than 10 of them is common. Rare words, rarest first: zebra
        // (z0), quokka (q0, q1), ibis (i0..i2), heron (h0..h4), crane (c0..c5).
        var bodies = new List<(string Id, string Body)>
        {
            ("z0", "A zebra escaped from the zoo."),
            ("q0", "A quokka was seen on the island."), ("q1", "The quokka population grew."),
            ("i0", "An ibis nested by the river."), ("i1", "The ibis returned in spring."), ("i2", "Ibis flocks were counted."),
        };
        bodies.AddRange(Enumerable.Range(0, 5).Select(i => ($"h{i}", $"A heron and a crane waded near pier {i}.")));
        bodies.AddRange(Enumerable.Range(0, 6).Select(i => ($"c{i}", $"A crane flew over field {i}.")));
        bodies.AddRange(Enumerable.Range(0, 200 - bodies.Count).Select(i => ($"x{i}", $"Nothing about birds in report {i}.")));
        foreach (var (id, body) in bodies)
        {
            index.Upsert(TestArticles.Invented(id, body, title: $"Report {id}"));
        }
        index.Commit();
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void The_three_rarest_words_choose_the_page_over_passages_holding_two_of_the_other_words()
    {
        // The trade made for speed: by BM25 alone, "heron and a crane" (h0..h4) would outrank a lone "ibis".
        var hits = index.Search(new PassageQuery("zebra quokka ibis heron crane") { Limit = 6 });

        Assert.Equal(["i0", "i1", "i2", "q0", "q1", "z0"], hits.Select(h => h.ArticleId).Order(StringComparer.Ordinal));
        Assert.Equal("z0", hits[0].ArticleId);
    }

    [Fact]
    public void Passages_with_only_the_less_rare_words_fill_the_rest_of_the_page()
    {
        var hits = index.Search(new PassageQuery("zebra quokka ibis heron crane") { Limit = 20 });

        Assert.Equal(17, hits.Count);
        Assert.Equal(6, hits.Count(hit => hit.ArticleId[0] is 'z' or 'q' or 'i'));
        Assert.Equal(11, hits.Count(hit => hit.ArticleId[0] is 'h' or 'c'));
    }
}
