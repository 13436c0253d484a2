using System.Diagnostics;
using System.Text;

namespace NewsBot.Tests;

/// <summary>
/// The built program (NewsBot.dll beside this test assembly) run as a child process, as a user runs it, for what
/// only a separate process shows: being killed, and releasing the index when it dies.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private CliProcess(Process process)
    {
        _process = process;
    }

    public int ExitCode => _process.ExitCode;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public string Error
    {
        get { lock (_error) return _error.ToString(); }
    }

    public static CliProcess Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>Starts the program with extra environment variables: settings such as Archive__ArticlesPerCommit.</summary>
    public static CliProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // no terminal: the plain progress lines, not the progress bar
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var process = new Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, line) => Append(cli._output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(cli._error, line.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Runs to the end, or fails the test when the program has not finished within <paramref name="patience"/>.</summary>
    public static async Task<CliProcess> RunAsync(TimeSpan patience, params string[] args)
    {
        var cli = Start(args);
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await cli._process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            cli.KillNow();
            throw new TimeoutException($"`NewsBot {string.Join(' ', args)}` did not finish within {patience.TotalSeconds} s. Error output:\n{cli.Error}");
        }
        return cli;
    }

    /// <summary>SIGKILL on Unix: the process gets no chance to commit, flush or release anything itself.</summary>
    public void KillNow()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.WaitForExit();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (text)
        {
            text.AppendLine(line);
        }
    }

    /// <summary>The dotnet host running these tests, so the child runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host)
        {
            return host;
        }
        return Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
    }

    public void Dispose()
    {
        KillNow();
        _process.Dispose();
    }
}
