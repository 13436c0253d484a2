using NewsBot.Articles;

namespace NewsBot.Articles.Tests;

public class ArticleBuilderTests
{
    private const string Repeated = "\"We believe that anyone's concern is groundless,\" Peskov told journalists on Wednesday.";

    [Fact]
    public void Paragraph_offsets_index_into_the_canonical_text()
    {
        var article = Build("First   paragraph\nwraps here.\n\n\n  Second one. It has two sentences.");

        Assert.Equal("First paragraph wraps here.\n\nSecond one. It has two sentences.", article.Text);
        Assert.All(article.Paragraphs, p => Assert.Equal(p.Text, article.Text[p.Span.Start..p.Span.End]));
        Assert.Equal([1, 2], article.Paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void A_repeated_long_paragraph_is_kept_once_but_short_repeats_stay()
    {
        var article = Build($"{Repeated}\n\n{Repeated}\n\nYes.\n\nAnd then?\n\nYes.");

        Assert.Equal([Repeated, "Yes.", "And then?", "Yes."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Text_is_composed_to_NFC_and_invisible_characters_are_removed()
    {
        var article = Build("Cafe\u0301 owner\u200B said\u00A0no.");

        Assert.Equal("Café owner said no.", article.Text);
    }

    [Fact]
    public void An_article_without_an_id_gets_a_stable_content_hash_id()
    {
        var first = Build("Same words.");
        var second = Build("Same   words.");

        Assert.StartsWith("sha256-", first.Id, StringComparison.Ordinal);
        Assert.Equal(first.Id, second.Id);
        Assert.NotEqual(first.Id, Build("Other words.").Id);
    }

    [Fact]
    public void An_article_with_an_address_but_no_id_is_identified_by_the_address()
    {
        var before = ArticleBuilder.Build(new RawArticle("Old text.") { Url = "https://example.org/a" })!;
        var after = ArticleBuilder.Build(new RawArticle("Corrected text.") { Url = "https://example.org/a" })!;

        Assert.StartsWith("url-", before.Id, StringComparison.Ordinal);
        Assert.Equal(before.Id, after.Id);
        Assert.NotEqual(before.ContentHash, after.ContentHash);
    }

    [Fact]
    public void The_content_hash_changes_when_metadata_changes()
    {
        var plain = ArticleBuilder.Build(new RawArticle("Body.") { Id = "a", Title = "T" })!;
        var retitled = ArticleBuilder.Build(new RawArticle("Body.") { Id = "a", Title = "New title" })!;

        Assert.NotEqual(plain.ContentHash, retitled.ContentHash);
    }

    [Fact]
    public void A_missing_title_is_taken_from_the_first_sentence()
    {
        var article = Build("U.S. President Joe Biden on Tuesday had a phone call. Then more happened.");

        Assert.Equal("U.S. President Joe Biden on Tuesday had a phone call.", article.Title);
    }

    [Fact]
    public void A_body_of_only_white_space_builds_no_article()
    {
        Assert.Null(ArticleBuilder.Build(new RawArticle(" \n\n\t ")));
    }

    private static Article Build(string body) => ArticleBuilder.Build(new RawArticle(body))!;
}
