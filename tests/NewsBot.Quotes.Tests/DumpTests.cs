namespace NewsBot.Quotes.Tests;

public sealed class DumpTests
{
    [Fact]
    public void Dump()
    {
        var quotes = new QuoteExtractor().Extract(SeedArticle.Load());
        File.WriteAllLines("/tmp/seed-quotes.txt", quotes.Select(q => q.ToString()));
    }
}
