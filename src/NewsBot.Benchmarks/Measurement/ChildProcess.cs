using System.Diagnostics;
using System.Text;

namespace NewsBot.Benchmarks.Measurement;

/// <summary>How a child process ran: its exit code, wall time from start to exit, peak memory and output.</summary>
internal sealed record ChildRun(int ExitCode, TimeSpan Elapsed, long PeakBytes, string Output, string ErrorTail);

/// <summary>
/// Runs a program to its end while sampling its peak resident memory (VmHWM) every 20 ms; the kernel's high-water
/// mark keeps the peak between samples, so only growth in the last 20 ms before exit could be missed.
/// </summary>
internal static class ChildProcess
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>The dotnet host that runs framework-dependent programs such as NewsBot.dll.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The shipped defaults, not a developer's: no user secrets, production logging.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return start;
    }

    public static async Task<ChildRun> RunAsync(ProcessStartInfo start, Action<string>? errorLine = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        var output = new StringBuilder();
        var errors = new Queue<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            lock (errors)
            {
                errors.Enqueue(e.Data);
                if (errors.Count > 20)
                {
                    errors.Dequeue();
                }
            }
            errorLine?.Invoke(e.Data);
        };
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var peak = 0L;
        var exited = process.WaitForExitAsync();
        while (!exited.IsCompleted)
        {
            if (ProcessMemory.Read(process.Id) is { } memory)
            {
                peak = Math.Max(peak, memory.Peak);
            }
            await Task.WhenAny(exited, Task.Delay(SampleInterval)).ConfigureAwait(false);
        }
        var elapsed = clock.Elapsed;
        await exited.ConfigureAwait(false);
        string tail;
        lock (errors)
        {
            tail = string.Join(Environment.NewLine, errors);
        }
        lock (output)
        {
            return new ChildRun(process.ExitCode, elapsed, peak, output.ToString(), tail);
        }
    }
}
