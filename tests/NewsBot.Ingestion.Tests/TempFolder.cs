using System.Text;

namespace NewsBot.Ingestion.Tests;

/// <summary>A real folder under the system temp folder, deleted when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("newsbot-ingestion-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes UTF-8 text (no BOM) to a file under the folder, creating sub-folders, and returns its path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = System.IO.Path.Join(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Folder(string relativePath) => Directory.CreateDirectory(System.IO.Path.Join(Path, relativePath)).FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
