namespace NewsBot.Benchmarks.Measurement;

/// <summary>Sizes and clean-up of the folders a run writes.</summary>
internal static class Folders
{
    /// <summary>Bytes of every file under <paramref name="path"/> (or of the file itself).</summary>
    public static long Size(string path) =>
        File.Exists(path)
            ? new FileInfo(path).Length
            : Directory.Exists(path)
                ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length)
                : 0;

    public static void Delete(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
