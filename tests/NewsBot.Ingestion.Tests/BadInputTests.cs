using System.Text;
using static NewsBot.Ingestion.Tests.Reading;

namespace NewsBot.Ingestion.Tests;

public class BadInputTests
{
    private const string WhatNewsBotReads = "NewsBot reads .txt, .md, .json, .jsonl, .html and RSS/Atom feeds";

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        using var folder = new TempFolder();
        var path = Path.Join(folder.Path, "gone.txt");

        Assert.Equal($"{path}: no such file or folder; check the path", SingleProblem(path));
    }

    [Fact]
    public void A_folder_given_to_ReadFile_is_a_problem()
    {
        using var folder = new TempFolder();

        Assert.Equal($"{folder.Path}: is a folder, not a file; give the folder to NewsBot to read the files in it", SingleProblem(folder.Path));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_and_reading_goes_on()
    {
        using var folder = new TempFolder();
        var locked = folder.Write("locked.txt", "Locked away.");
        var fine = folder.Write("fine.txt", "Readable.");
        // Root can read any file whatever its permissions, so an exclusive lock stands in for the I/O error.
        using (new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.Equal(
                $"{locked}: could not be read (The process cannot access the file '{locked}' because it is being used by another process); check the file and try again",
                SingleProblem(locked));
            Assert.Equal("Readable.", SingleArticle(fine).Text);
        }
    }

    [Fact]
    public void A_binary_file_is_rejected_as_not_text()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("notes.pdf", [.. "%PDF-1.7\n"u8, 0x00, 0x01, 0xC3, 0x28, .. "rest"u8]);

        Assert.Equal($"{path}: not a text file (binary content); {WhatNewsBotReads}", SingleProblem(path));
    }

    [Fact]
    public void Text_that_is_not_utf8_is_rejected_with_the_offset_of_the_first_bad_byte()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("The caf\u00e9 closed."));

        Assert.Equal($"{path}: not valid UTF-8 text (first bad byte at offset 7); save the file as UTF-8 and try again", SingleProblem(path));
    }

    [Fact]
    public void The_bad_byte_offset_counts_the_byte_order_mark()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("bom.md", [0xEF, 0xBB, 0xBF, .. "ab"u8, 0xFF]);

        Assert.Equal($"{path}: not valid UTF-8 text (first bad byte at offset 5); save the file as UTF-8 and try again", SingleProblem(path));
    }

    [Fact]
    public void A_jsonl_line_that_is_not_utf8_is_reported_with_its_line_and_offset_and_the_others_are_read()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("mixed.jsonl", [.. "{\"text\": \"ok\"}\n{\"text\": \"caf"u8, 0xE9, .. "\"}\n{\"text\": \"also ok\"}\n"u8]);

        var outcomes = Read(path);

        Assert.Equal(["ok", "also ok"], outcomes.Articles().Select(a => a.Text));
        Assert.Equal([$"{path}:2: not valid UTF-8 text (first bad byte at offset 28); save the file as UTF-8 and try again"], outcomes.Problems());
    }

    [Theory]
    [InlineData("empty.txt", "")]
    [InlineData("blank.md", " \n\t\r\n  ")]
    [InlineData("blank.jsonl", "\n\n  \n")]
    [InlineData("blank.json", "   \n")]
    [InlineData("blank.html", "\n \n")]
    [InlineData("blank.rss", "\n")]
    [InlineData("bom-only.txt", "\uFEFF")]
    public void An_empty_or_blank_file_is_reported_as_empty(string name, string content)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes(name, Encoding.UTF8.GetBytes(content));

        Assert.Equal($"{path}: the file is empty; there is no article to read", SingleProblem(path));
    }

    [Fact]
    public void An_oversized_file_is_refused_with_its_size_and_the_limit()
    {
        using var folder = new TempFolder();
        var small = folder.Write("small.txt", new string('x', 150));
        var large = folder.WriteBytes("large.json", new byte[(int)(2.5 * 1024 * 1024)]);

        Assert.Equal(
            $"{small}: the file is 150 bytes, over the limit of 100 bytes; split it into smaller files or raise the limit (setting Archive:MaxFileMegabytes)",
            SingleProblem(small, new IngestionOptions { MaxFileBytes = 100 }));
        Assert.Equal(
            $"{large}: the file is 2.5 MB, over the limit of 1 MB; split it into smaller files or raise the limit (setting Archive:MaxFileMegabytes)",
            SingleProblem(large, new IngestionOptions { MaxFileBytes = 1024 * 1024 }));
    }

    [Fact]
    public void An_oversized_file_is_refused_before_it_is_opened()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", new string('x', 150));

        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.Equal(
                $"{path}: the file is 150 bytes, over the limit of 100 bytes; split it into smaller files or raise the limit (setting Archive:MaxFileMegabytes)",
                SingleProblem(path, new IngestionOptions { MaxFileBytes = 100 }));
        }
    }

    [Fact]
    public void Problems_print_as_path_line_message()
    {
        Assert.Equal("a.jsonl:3: broken", new IngestionProblem("a.jsonl", 3, "broken").ToString());
        Assert.Equal("a.txt: broken", new IngestionProblem("a.txt", null, "broken").ToString());
    }
}
