using System.Text;
using System.Text.Json;
using NewsBot.CommandLine;

namespace NewsBot.Tests;

/// <summary>
/// `index` over a folder with every kind of bad file in it: each is rejected with what is wrong with it, where, and
/// what to do, the good articles beside them are indexed, and the exit code tells a script that something was refused.
/// </summary>
public sealed class BadFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Each_bad_file_is_rejected_with_its_exact_problem_and_the_good_articles_are_indexed()
    {
        var folder = _temp.Sub("in");
        var broken = _temp.File("in/broken.jsonl", "{\"id\":\"a1\",\"text\":\"Fine.\"}\n{\"id\": \"a2\", \"text\": \n{\"id\":\"a3\",\"text\":\"Also fine.\"}\n");
        var binary = Write("in/notes.txt", [.. "%PDF-1.7\n"u8, 0x00, 0x01, 0xC3, 0x28, .. "rest"u8]);
        var latin1 = Write("in/latin1.txt", Encoding.Latin1.GetBytes("The caf\u00e9 closed."));
        var huge = Path.Combine(folder, "huge.json");
        using (var file = new FileStream(huge, FileMode.CreateNew))
        {
            file.SetLength(100L * 1024 * 1024); // sparse: 100 MB long without writing 100 MB
        }

        var result = await Cli.RunAsync("index", folder, "--index", _temp.Sub("index"), "--json");

        Assert.Equal(ExitCodes.PartialFailure, result.ExitCode);
        Assert.Equal(
        [
            $"rejected: {broken}:2: not valid JSON at column 22 (Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed); each line must be one complete JSON object",
            $"rejected: {huge}: the file is 100 MB, over the limit of 64 MB; split it into smaller files or raise the limit (setting Archive:MaxFileMegabytes)",
            $"rejected: {latin1}: not valid UTF-8 text (first bad byte at offset 7); save the file as UTF-8 and try again",
            $"rejected: {binary}: not a text file (binary content); NewsBot reads .txt, .md, .json, .jsonl, .html and RSS/Atom feeds",
        ], ProblemLines(result.Error));
        var report = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal((2, 4), (report.GetProperty("added").GetInt32(), report.GetProperty("rejected").GetInt32()));
    }

    /// <summary>
    /// Standard error without its progress lines: `index` prints one every 2 s, so a slow machine adds one here that
    /// a fast one does not; every other line must be one of the expected problems.
    /// </summary>
    private static string[] ProblemLines(string error) =>
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !line.StartsWith("progress: ", StringComparison.Ordinal)).ToArray();

    private string Write(string name, byte[] bytes)
    {
        var path = _temp.Sub(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => _temp.Dispose();
}
