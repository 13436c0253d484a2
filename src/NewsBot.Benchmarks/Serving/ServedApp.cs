using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using NewsBot.Benchmarks.Measurement;

namespace NewsBot.Benchmarks.Serving;

/// <summary>
/// The real app serving an existing index, started as users start it (`dotnet NewsBot.dll serve`), with the per-client
/// rate limit raised so the benchmark's own requests are not refused.
/// </summary>
internal sealed class ServedApp : IAsyncDisposable
{
    /// <summary>ApiLimits:RequestsPerMinute for the run: the largest the app accepts (the shipped default is 120).</summary>
    public const int RequestsPerMinute = 1_000_000;

    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(3);

    private readonly Process process;
    private readonly Queue<string> logTail = new();

    private ServedApp(Process process, Uri address)
    {
        this.process = process;
        Client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, UseProxy = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(2),
        };
    }

    public HttpClient Client { get; }

    /// <summary>The app's memory now; throws when it has exited.</summary>
    public ProcessMemory Memory() => ProcessMemory.Read(process.Id) is { Resident: > 0 } memory
        ? memory
        : throw new InvalidOperationException($"The app has exited.{Environment.NewLine}{LogTail()}");

    /// <summary>Starts the app and returns it with the time from process start to the first ready /healthz.</summary>
    public static async Task<(ServedApp App, TimeSpan Ready)> StartAsync(string appDll, string indexDirectory)
    {
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}/"));
        var start = ChildProcess.StartInfo(ChildProcess.DotnetHost,
        [
            appDll, "serve", "--urls", address.ToString().TrimEnd('/'), "--index", indexDirectory,
            string.Create(CultureInfo.InvariantCulture, $"--ApiLimits:RequestsPerMinute={RequestsPerMinute}"),
        ]);
        var process = new Process { StartInfo = start };
        var app = new ServedApp(process, address);
        process.OutputDataReceived += (_, e) => app.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => app.Remember(e.Data);
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilReadyAsync(clock).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return (app, clock.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            // A graceful stop first (SIGTERM, as a service manager sends), so the index is closed as in production.
            using (var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
            {
                await term!.WaitForExitAsync().ConfigureAwait(false);
            }
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(patience.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        process.Dispose();
    }

    private async Task WaitUntilReadyAsync(Stopwatch clock)
    {
        while (clock.Elapsed < StartPatience)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} before it was ready.{Environment.NewLine}{LogTail()}");
            }
            try
            {
                using var response = await Client.GetAsync(new Uri("healthz", UriKind.Relative)).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK
                    && (await response.Content.ReadFromJsonAsync<JsonElement>().ConfigureAwait(false)).GetProperty("status").GetString() == "ready")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(10).ConfigureAwait(false);
        }
        throw new TimeoutException($"The app was not ready within {StartPatience.TotalMinutes} minutes.{Environment.NewLine}{LogTail()}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (logTail)
        {
            logTail.Enqueue(line);
            if (logTail.Count > 30)
            {
                logTail.Dequeue();
            }
        }
    }

    private string LogTail()
    {
        lock (logTail)
        {
            return string.Join(Environment.NewLine, logTail);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
