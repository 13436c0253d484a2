namespace NewsBot.Benchmarks;

/// <summary>Where the repository and the shared corpus are, found as the other tools find them.</summary>
internal static class RepositoryLayout
{
    /// <summary>The nearest folder at or above <paramref name="start"/> that holds NewsBot.sln.</summary>
    public static string? FindRepository(string start) =>
        Ancestors(start).FirstOrDefault(dir => File.Exists(Path.Combine(dir, "NewsBot.sln")));

    /// <summary>shared/corpus/articles.jsonl in <paramref name="start"/> or the nearest folder above it that has one.</summary>
    public static string? FindCorpus(string start) =>
        Ancestors(start).Select(dir => Path.Combine(dir, "shared", "corpus", "articles.jsonl")).FirstOrDefault(File.Exists);

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
