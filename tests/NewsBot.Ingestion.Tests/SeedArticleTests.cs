using static NewsBot.Ingestion.Tests.Reading;

namespace NewsBot.Ingestion.Tests;

public class SeedArticleTests
{
    [Fact]
    public void The_seed_article_is_read_with_its_date_derived_title_and_paragraphs()
    {
        var article = SingleArticle(Fixture("seed.txt"));

        Assert.Equal(new DateOnly(2021, 4, 14), article.Date);
        Assert.Equal("U.S. President Joe Biden on Tuesday had a phone call with his Russian counterpart Vladimir Putin.", article.Title);
        Assert.Equal(16, article.Paragraphs.Count);
        Assert.Equal(article.Title, article.Paragraphs[0].Text);
        Assert.Equal("Biden-Putin phone talk", article.Paragraphs[5].Text);
        Assert.StartsWith("On April 8, 2021, Khomchak assured", article.Paragraphs[^1].Text, StringComparison.Ordinal);
        Assert.StartsWith("sha256-", article.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_articles_repeated_quote_appears_once()
    {
        var article = SingleArticle(Fixture("seed.txt"));

        var quote = "\"We believe that anyone's concern, including that of the United States, over the movements of our armed forces in Russia, is groundless,\" Peskov told journalists on Wednesday.";
        Assert.Single(article.Paragraphs, p => p.Text == quote);
        Assert.Equal(quote, article.Paragraphs[2].Text);
        Assert.StartsWith("It was his response", article.Paragraphs[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph_texts_are_the_lines_of_the_seed_file()
    {
        var lines = File.ReadAllText(Fixture("seed.txt")).Split("\n\n")
            .Select(block => block.Trim()).Where(block => block.Length > 0).Distinct().ToList();
        lines[0] = lines[0]["date 2021-04-14 ".Length..];

        var article = SingleArticle(Fixture("seed.txt"));

        Assert.Equal(lines, article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_seed_file_without_the_leading_space_or_with_another_extension_is_still_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story", "date 2020-02-29 Leap day lede here.\n\nSecond paragraph.\n");

        var article = SingleArticle(path);

        Assert.Equal(new DateOnly(2020, 2, 29), article.Date);
        Assert.Equal(["Leap day lede here.", "Second paragraph."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_seed_file_with_an_impossible_date_is_rejected_on_line_1()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", " date 2021-02-30 The lede.\n\nMore.\n");

        Assert.Equal($"{path}:1: date '2021-02-30' is not a date; expected YYYY-MM-DD", SingleProblem(path));
    }
}
