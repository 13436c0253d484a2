using NewsBot.Articles;

namespace NewsBot.Quotes.Tests;

/// <summary>Builds articles from invented paragraphs the way ingestion builds real ones.</summary>
internal static class ArticleFactory
{
    public static readonly DateOnly Wednesday = new(2021, 4, 14);

    public static Article FromParagraphs(params string[] paragraphs) => FromParagraphsDated(Wednesday, paragraphs);

    public static Article FromParagraphsDated(DateOnly? date, params string[] paragraphs) =>
        ArticleBuilder.Build(new RawArticle(string.Join("\n\n", paragraphs)) { Date = date, Id = "test" })
        ?? throw new InvalidOperationException("The test article is empty.");

    public static IReadOnlyList<Quote> Extract(params string[] paragraphs) => Extractor.Extract(FromParagraphs(paragraphs));

    public static QuoteExtractor Extractor { get; } = new();
}
