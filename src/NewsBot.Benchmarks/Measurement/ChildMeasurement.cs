using System.Globalization;
using System.Text.Json;

namespace NewsBot.Benchmarks.Measurement;

/// <summary>Runs a latency verb in a fresh child copy of the benchmark and reads the figures it prints.</summary>
internal static class ChildMeasurement
{
    public static async Task<T> RunAsync<T>(string verb, string target, string queriesFile, int rounds)
    {
        var run = await ChildProcess.RunAsync(ChildProcess.StartInfo(ChildProcess.DotnetHost,
            ChildVerbs.LatencyArguments(verb, target, queriesFile, rounds))).ConfigureAwait(false);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{verb} exited with code {run.ExitCode}:{Environment.NewLine}{run.ErrorTail}"));
        }
        return JsonSerializer.Deserialize<T>(run.Output) ?? throw new InvalidDataException($"{verb} printed no figures.");
    }
}
