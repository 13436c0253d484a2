using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Benchmarks;

/// <summary>Progress lines with the time since the run started, so a long run at scale 100 shows it is alive.</summary>
internal sealed class ProgressLog(TextWriter writer)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();

    public void Write(string message)
    {
        var elapsed = clock.Elapsed;
        lock (gate)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{(int)elapsed.TotalMinutes:00}:{elapsed.Seconds:00}] {message}"));
        }
    }
}
