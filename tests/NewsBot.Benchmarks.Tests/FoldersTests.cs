using NewsBot.Benchmarks.Measurement;
using NewsBot.Testing;

namespace NewsBot.Benchmarks.Tests;

public sealed class FoldersTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void A_database_file_goes_with_the_write_ahead_log_and_shared_memory_files_a_reader_left_behind()
    {
        var database = folder.File("fts5-1.db", "db");
        folder.File("fts5-1.db-wal", "wal");
        folder.File("fts5-1.db-shm", "shm");
        var other = folder.File("fts5-10.db", "another scale's database");

        Folders.Delete(database);

        Assert.Equal([other], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_folder_goes_with_everything_in_it()
    {
        folder.File(Path.Combine("index-1", "segments_1"), "x");
        folder.File(Path.Combine("index-1", "sub", "_0.cfs"), "y");

        Folders.Delete(Path.Combine(folder.Path, "index-1"));

        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    public void Dispose() => folder.Dispose();
}
