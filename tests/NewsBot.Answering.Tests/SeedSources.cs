using NewsBot.Answering.Retrieval;
using NewsBot.Articles;

namespace NewsBot.Answering.Tests;

/// <summary>Numbered sources made from whole paragraphs of the seed article, as the model path builds them.</summary>
public static class SeedSources
{
    public static readonly Article Seed = TestArchive.ReadSeed();

    public static IReadOnlyList<AnswerSource> Paragraphs(params int[] numbers) =>
        numbers.Select((p, i) => new AnswerSource(i + 1, Seed, p, Seed.Paragraphs[p - 1].Span)).ToList();
}
