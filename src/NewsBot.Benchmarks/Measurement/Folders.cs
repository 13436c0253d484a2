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

    /// <summary>
    /// Deletes a folder with everything in it, or a file with SQLite's companions of it (`-wal`, `-shm`): the peer's
    /// read-only query connection leaves those behind, since it may not remove them as it closes.
    /// </summary>
    public static void Delete(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
            return;
        }
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
