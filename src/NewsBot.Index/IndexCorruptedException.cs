namespace NewsBot.Index;

/// <summary>The index folder holds files Lucene cannot read: damaged, truncated, or written by an incompatible version.</summary>
public sealed class IndexCorruptedException : IOException
{
    public IndexCorruptedException(string directory, string problem, Exception? innerException = null)
        : base(
            $"The index at {directory} is damaged and cannot be opened ({problem}). " +
            "Delete the folder and index the articles again.",
            innerException)
    {
        Directory = directory;
    }

    public string Directory { get; }
}
