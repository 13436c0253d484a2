namespace NewsBot.Ingestion.Tests;

/// <summary>The file size limit is checked before a file is opened, so a huge file costs nothing to refuse.</summary>
public class LargeFileTests
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    [Fact]
    public void A_100_MB_file_is_refused_at_the_default_limit_without_being_opened()
    {
        using var folder = new TempFolder();
        var path = Path.Join(folder.Path, "dump.jsonl");
        // Sparse: 100 MB long in an instant, without writing 100 MB.
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(HundredMegabytes);
        }

        // Held exclusively: a reader that opened the file would report it as unreadable instead.
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.Equal(
                $"{path}: the file is 100 MB, over the limit of 64 MB; split it into smaller files or raise the limit (setting Archive:MaxFileMegabytes)",
                Reading.SingleProblem(path));
        }
    }
}
