using System.Text;

namespace NewsBot.Ingestion.Tests;

/// <summary>
/// The file size limit is checked before a file is opened, so a huge file costs nothing to refuse; JSON Lines
/// exports are streamed, so they may be any size and the limit applies to each line (one article) instead.
/// </summary>
public class LargeFileTests
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    [Fact]
    public void A_100_MB_file_is_refused_at_the_default_limit_without_being_opened()
    {
        using var folder = new TempFolder();
        var path = Path.Join(folder.Path, "dump.json");
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

    [Fact]
    public void A_json_lines_export_larger_than_the_limit_is_read_whole_when_each_line_is_within_it()
    {
        using var folder = new TempFolder();
        var lines = Enumerable.Range(1, 50).Select(i => $"{{\"id\":\"a{i}\",\"title\":\"Story {i}\",\"text\":\"Paragraph of story {i}.\"}}");
        var path = folder.Write("export.jsonl", string.Join('\n', lines) + "\n");
        Assert.True(new FileInfo(path).Length > 2_000);

        var outcomes = Reading.Read(path, new IngestionOptions { MaxFileBytes = 100 });

        Assert.Empty(outcomes.Problems());
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"a{i}"), outcomes.Articles().Select(a => a.Id));
    }

    [Fact]
    public void A_line_over_the_limit_is_one_problem_on_its_line_and_the_lines_after_it_are_read()
    {
        using var folder = new TempFolder();
        var overlong = $"{{\"id\":\"big\",\"text\":\"{new string('x', 300)}\"}}";
        var path = folder.Write("export.jsonl", $"{{\"id\":\"a1\",\"text\":\"First.\"}}\r\n{overlong}\r\n{{\"id\":\"a3\",\"text\":\"Third.\"}}\r\n");

        var outcomes = Reading.Read(path, new IngestionOptions { MaxFileBytes = 200 });

        Assert.Equal(
            [$"{path}:2: the line is {Encoding.UTF8.GetByteCount(overlong)} bytes, over the limit of 200 bytes for one article; put one article on each line or raise the limit (setting Archive:MaxFileMegabytes)"],
            outcomes.Problems());
        Assert.Equal(["a1", "a3"], outcomes.Articles().Select(a => a.Id));
    }

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_skipped_without_being_held_and_later_offsets_stay_exact()
    {
        using var folder = new TempFolder();
        var first = "{\"id\":\"a1\",\"text\":\"First.\"}\n"u8.ToArray();
        // 1 MB without a line break: many reads of the 64 KB buffer, far over a 100 KB limit.
        var overlong = Encoding.UTF8.GetBytes($"{{\"id\":\"big\",\"text\":\"{new string('x', 1024 * 1024)}\"}}\r\n");
        var third = "{\"id\":\"a3\",\"text\":\"Caf"u8.ToArray();
        byte[] invalid = [0xC3, 0x28];
        var rest = "\"}\n{\"id\":\"a4\",\"text\":\"Fourth.\"}"u8.ToArray();
        var path = folder.WriteBytes("export.jsonl", [.. first, .. overlong, .. third, .. invalid, .. rest]);

        var outcomes = Reading.Read(path, new IngestionOptions { MaxFileBytes = 100 * 1024 });

        var badByteOffset = first.Length + overlong.Length + third.Length;
        Assert.Equal(
        [
            $"{path}:2: the line is 1 MB, over the limit of 100 KB for one article; put one article on each line or raise the limit (setting Archive:MaxFileMegabytes)",
            $"{path}:3: not valid UTF-8 text (first bad byte at offset {badByteOffset}); save the file as UTF-8 and try again",
        ], outcomes.Problems());
        Assert.Equal(["a1", "a4"], outcomes.Articles().Select(a => a.Id));
    }

    [Fact]
    public void A_large_file_without_line_breaks_is_one_problem_not_a_buffer_of_its_size()
    {
        using var folder = new TempFolder();
        var path = folder.Write("dump.jsonl", "{\"id\":\"a1\",\"text\":\"" + new string('x', 3 * 1024 * 1024));

        Assert.Equal(
            $"{path}:1: the line is 3 MB, over the limit of 1 MB for one article; put one article on each line or raise the limit (setting Archive:MaxFileMegabytes)",
            Reading.SingleProblem(path, new IngestionOptions { MaxFileBytes = 1024 * 1024 }));
    }
}
