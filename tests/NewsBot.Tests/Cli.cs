using NewsBot.CommandLine;

namespace NewsBot.Tests;

/// <summary>Runs the real command line in-process and captures what a user would see.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await NewsBotCommandLine.InvokeAsync(args, new CliConsole(output, error, interactive: false));
        return new Result(exitCode, output.ToString(), error.ToString());
    }

    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string SeedFile => Directory.GetFiles(SeedsFolder).Single();
}
