namespace NewsBot.Benchmarks.Corpus;

/// <summary>
/// A corpus repeated <see cref="Scale"/> times, one JSON Lines file per copy (each under the app's 64 MB file
/// limit), with the number of articles and the UTF-8 bytes of their text.
/// </summary>
internal sealed record MultipliedCorpus(int Scale, IReadOnlyList<string> Files, long Articles, long TextBytes)
{
    public double TextMegabytes => TextBytes / 1_000_000.0;
}
