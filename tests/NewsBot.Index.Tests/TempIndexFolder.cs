namespace NewsBot.Index.Tests;

/// <summary>A fresh folder for a real on-disk index, deleted with everything in it afterwards.</summary>
public sealed class TempIndexFolder : IDisposable
{
    public TempIndexFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsbot-index-tests", Guid.NewGuid().ToString("N"));
    }

    /// <summary>Does not exist yet: <see cref="NewsIndex.Open"/> must create it.</summary>
    public string Path { get; }

    public NewsIndex Open() => NewsIndex.Open(Path);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
