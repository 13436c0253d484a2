using NewsBot.Hosting;
using NewsBot.Index;

namespace NewsBot.CommandLine;

/// <summary>Opens the index for one command and turns the ways that can fail into a message and an exit code.</summary>
public static class IndexAccess
{
    public static int With(CliConsole console, ArchiveSettings settings, Func<NewsIndex, int> work)
    {
        NewsIndex index;
        try
        {
            index = NewsBotServiceExtensions.OpenIndex(settings);
        }
        catch (Exception error) when (error is IndexLockedException or IndexCorruptedException)
        {
            return console.Fail(error.Message);
        }
        using (index)
        {
            return work(index);
        }
    }
}
