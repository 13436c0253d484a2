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

    [GeneratedRegex(@"^\s*date (\d{4}-\d{2}-\d{2})\s+")]
    private static partial Regex DateHeader();
}
