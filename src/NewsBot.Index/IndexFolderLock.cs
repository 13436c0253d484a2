namespace NewsBot.Index;

/// <summary>
/// Keeps a second process from writing to the same index folder. Lucene.Net's NativeFSLockFactory does not do
/// that on Linux: it opens write.lock with FileShare.Read, which .NET maps to a shared flock, so two processes
/// both "obtain" it (seen with 4.8.0-beta00017). Opening our own lock file with FileShare.None takes an exclusive
/// OS lock instead (flock LOCK_EX on Unix, a sharing lock on Windows), which the OS releases if the process dies,
/// so a crash never leaves the index locked. The file itself is left in place, like Lucene's write.lock:
/// deleting it on close would let two processes lock two different files of the same name.
/// </summary>
internal sealed class IndexFolderLock : IDisposable
{
    public const string FileName = "newsbot-writer.lock";

    private readonly FileStream lockFile;

    private IndexFolderLock(FileStream lockFile)
    {
        this.lockFile = lockFile;
    }

    /// <summary>Takes the folder for this process, or throws <see cref="IndexLockedException"/> when another holds it.</summary>
    public static IndexFolderLock Acquire(string directory)
    {
        try
        {
            return new IndexFolderLock(new FileStream(
                Path.Combine(directory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            throw new IndexLockedException(directory, e);
        }
    }

    public void Dispose() => lockFile.Dispose();
}
