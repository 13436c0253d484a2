using System.Diagnostics;

namespace NewsBot.Index.Tests;

public sealed class OpenErrorTests : IDisposable
{
    private readonly TempIndexFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_folder_in_use_by_another_index_is_refused_with_a_clear_message()
    {
        using var first = folder.Open();

        var error = Assert.Throws<IndexLockedException>(() => folder.Open());

        Assert.Equal(
            $"The index at {Path.GetFullPath(folder.Path)} is in use by another NewsBot process. Close that process " +
            "(or the other open index) and try again, or use a different index folder.",
            error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void A_writer_thread_count_out_of_range_is_refused_with_the_allowed_range_and_leaves_the_folder_free(int threads)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NewsIndex.Open(folder.Path, new NewsIndexOptions { WriterThreads = threads }));

        Assert.StartsWith($"The writer threads must be between 1 and 64; it was {threads}.", error.Message, StringComparison.Ordinal);
        using var index = folder.Open();
    }

    [Fact]
    public void A_folder_whose_writer_lock_is_held_by_another_process_is_refused()
    {
        // A separate OS process (util-linux flock) holds the lock, as another NewsBot would: an in-process
        // second open alone would not show whether the lock works across processes.
        Directory.CreateDirectory(folder.Path);
        var lockFile = Path.Combine(folder.Path, "newsbot-writer.lock");
        using var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", "--close", lockFile, "-c", "echo held; sleep 60"])
        {
            RedirectStandardOutput = true,
        })!;
        try
        {
            Assert.Equal("held", holder.StandardOutput.ReadLine());

            var error = Assert.Throws<IndexLockedException>(() => folder.Open());

            Assert.Contains("is in use by another NewsBot process", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            holder.WaitForExit();
        }
        using var afterwards = folder.Open();
        Assert.Equal(new IndexStatistics(0, 0), afterwards.Statistics());
    }

    [Fact]
    public void The_folder_can_be_opened_again_once_the_other_index_is_closed()
    {
        folder.Open().Dispose();

        using var second = folder.Open();

        Assert.Equal(new IndexStatistics(0, 0), second.Statistics());
    }

    [Fact]
    public void A_damaged_index_is_refused_with_a_clear_message()
    {
        using (var index = folder.Open())
        {
            index.Upsert(TestArticles.Seed());
        }
        foreach (var segments in Directory.GetFiles(folder.Path, "segments_*"))
        {
            File.WriteAllBytes(segments, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        }

        var error = Assert.Throws<IndexCorruptedException>(() => folder.Open());

        Assert.StartsWith($"The index at {Path.GetFullPath(folder.Path)} is damaged and cannot be opened (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("). Delete the folder and index the articles again.", error.Message, StringComparison.Ordinal);
    }
}
