namespace NewsBot.Index.Tests;

/// <summary>
/// Searches let rare words choose the passages and common words only add to their scores (fast on a large archive);
/// a reader sees the passages with the rare words first, and still gets common-word passages when too few hold them.
/// </summary>
public sealed class CommonWordTests : IDisposable
{
    private readonly TempIndexFolder folder = new();
    private readonly NewsIndex index;

    public CommonWordTests()
    {
        index = folder.Open();
        // "officials" is in every article (common); "groundless" in two of them (rare).
        for (var i = 0; i < 60; i++)
        {
            var body = i switch
            {
                7 => "Officials said the concern was groundless.",
                31 => "The officials called the claim groundless and officials repeated it.",
                _ => $"Officials met in town number {i} to discuss the harbour.",
            };
            index.Upsert(TestArticles.Invented($"a{i}", body, title: $"Report {i}"));
        }
        index.Commit();
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Passages_holding_the_rare_word_rank_first_with_the_common_word_adding_to_their_score()
    {
        var hits = index.Search(new PassageQuery("officials groundless") { Limit = 2 });

        Assert.Equal(["a31", "a7"], hits.Select(h => h.ArticleId).Order(StringComparer.Ordinal));
        Assert.Contains("officials", TestArticles.HighlightedWords(index.GetArticle(hits[0].ArticleId)!, hits[0]), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Passages_with_only_the_common_word_fill_the_page_when_too_few_hold_the_rare_one()
    {
        var hits = index.Search(new PassageQuery("officials groundless") { Limit = 10 });

        Assert.Equal(10, hits.Count);
        Assert.Equal(["a31", "a7"], hits.Take(2).Select(h => h.ArticleId).Order(StringComparer.Ordinal));
        Assert.All(hits.Skip(2), hit => Assert.DoesNotContain("groundless", hit.Text, StringComparison.Ordinal));
    }
}
