namespace NewsBot.Index;

/// <summary>The index folder is held by another open writer: another NewsBot process, or another open <see cref="NewsIndex"/>.</summary>
public sealed class IndexLockedException : IOException
{
    public IndexLockedException(string directory, Exception innerException)
        : base(
            $"The index at {directory} is in use by another NewsBot process. Close that process (or the other open index) " +
            "and try again, or use a different index folder.",
            innerException)
    {
        Directory = directory;
    }

    public string Directory { get; }
}
