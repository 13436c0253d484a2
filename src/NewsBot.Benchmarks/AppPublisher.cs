using System.Runtime.InteropServices;
using NewsBot.Benchmarks.Measurement;

namespace NewsBot.Benchmarks;

/// <summary>
/// Publishes the app as it is deployed (`dotnet publish -c Release -r RID`: ReadyToRun, see src/NewsBot/NewsBot.csproj)
/// so `index` and `serve` are measured as they run in production, start-up included, not as a development build.
/// </summary>
internal static class AppPublisher
{
    public static async Task<string> PublishAsync(string repository, string folder)
    {
        var project = Path.Combine(repository, "src", "NewsBot", "NewsBot.csproj");
        var run = await ChildProcess.RunAsync(ChildProcess.StartInfo(ChildProcess.DotnetHost,
            ["publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", folder, "--nologo"])).ConfigureAwait(false);
        var app = Path.Combine(folder, "NewsBot.dll");
        if (run.ExitCode != 0 || !File.Exists(app))
        {
            // dotnet publish reports build errors on standard output.
            var said = string.Join(Environment.NewLine, run.Output.Split('\n').TakeLast(20));
            throw new InvalidOperationException($"Publishing {project} failed (exit code {run.ExitCode}):{Environment.NewLine}{said}{run.ErrorTail}");
        }
        return app;
    }
}
