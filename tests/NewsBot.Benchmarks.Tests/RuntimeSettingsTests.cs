using System.Text.Json.Nodes;

namespace NewsBot.Benchmarks.Tests;

/// <summary>
/// The passages-only and SQLite children run from the benchmark's own program; their figures stand beside the app's
/// only if both programs start with the same garbage collector and JIT settings.
/// </summary>
public class RuntimeSettingsTests
{
    [Fact]
    public void The_benchmark_program_runs_with_the_apps_garbage_collector_and_jit_settings()
    {
        var app = RuntimeSettings("NewsBot.runtimeconfig.json");
        var benchmark = RuntimeSettings("NewsBot.Benchmarks.runtimeconfig.json");

        Assert.Contains("System.Runtime.TieredCompilation.CallCountingDelayMs", app.Keys);
        Assert.Equal(app, benchmark);
    }

    /// <summary>The GC and runtime (JIT) settings of a program built beside the tests, by name and value.</summary>
    private static SortedDictionary<string, string> RuntimeSettings(string runtimeConfigFile)
    {
        var path = Path.Combine(AppContext.BaseDirectory, runtimeConfigFile);
        var properties = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]!.AsObject();
        return new SortedDictionary<string, string>(properties
            .Where(p => p.Key.StartsWith("System.GC.", StringComparison.Ordinal) || p.Key.StartsWith("System.Runtime.Tiered", StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => p.Value!.ToJsonString()), StringComparer.Ordinal);
    }
}
