using NewsBot.Articles;

namespace NewsBot.Quotes.Tests;

/// <summary>The seed article as the ingestion reads it: the " date YYYY-MM-DD " prefix becomes the article date.</summary>
internal static class SeedArticle
{
    public const string FileName = "000_e93ca10c9867e19c.txt";

    public static Article Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seeds", FileName);
        var body = File.ReadAllText(path);
        var match = System.Text.RegularExpressions.Regex.Match(body, @"^\s*date (\d{4}-\d{2}-\d{2}) ");
        var date = DateOnly.ParseExact(match.Groups[1].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return ArticleBuilder.Build(new RawArticle(body[match.Length..]) { Date = date, Id = "seed" })
            ?? throw new InvalidOperationException("The seed article is empty.");
    }
}
