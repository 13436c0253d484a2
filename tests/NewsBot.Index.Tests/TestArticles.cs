using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Articles;

namespace NewsBot.Index.Tests;

/// <summary>The seed article from the issue and small invented articles, all built by the real ArticleBuilder.</summary>
public static partial class TestArticles
{
    public static readonly DateOnly SeedDate = new(2021, 4, 14);

    /// <summary>The seed file starts with " date YYYY-MM-DD " before the lede; the date goes into the article, not its text.</summary>
    public static Article Seed()
    {
        var file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_e93ca10c9867e19c.txt"));
        var header = DateHeader().Match(file);
        Assert.True(header.Success, "the seed file should start with its date line");
        var date = DateOnly.ParseExact(header.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ArticleBuilder.Build(new RawArticle(file[header.Length..]) { Date = date })!;
    }

    public static Article Invented(string id, string body, DateOnly? date = null, string? title = null) =>
        ArticleBuilder.Build(new RawArticle(body)
        {
            Id = id,
            Title = title ?? $"Invented article {id}",
            Date = date,
            Url = $"https://news.example/{id}",
            Source = "Example News",
        })!;

    /// <summary>The words of the article text that a hit marked, in order.</summary>
    public static IReadOnlyList<string> HighlightedWords(Article article, PassageHit hit) =>
        hit.Highlights.Select(span => article.Text[span.Start..span.End]).ToList();

    /// <summary>Every stored property of the article, its paragraphs and their sentences, offsets included.</summary>
    public static void AssertSame(Article expected, Article? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Url, actual.Url);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.ContentHash, actual.ContentHash);
        Assert.Equal(expected.Paragraphs.Count, actual.Paragraphs.Count);
        foreach (var (want, got) in expected.Paragraphs.Zip(actual.Paragraphs))
        {
            Assert.Equal(want.Number, got.Number);
            Assert.Equal(want.Span, got.Span);
            Assert.Equal(want.Text, got.Text);
            Assert.Equal(want.Sentences, got.Sentences);
        }
    }

    [GeneratedRegex(@"^\s*date (\d{4}-\d{2}-\d{2})\s+")]
    private static partial Regex DateHeader();
}
