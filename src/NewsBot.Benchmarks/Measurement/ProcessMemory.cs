using System.Globalization;

namespace NewsBot.Benchmarks.Measurement;

/// <summary>
/// A process's memory from Linux's /proc/PID/status, in bytes. <see cref="Resident"/> (VmRSS) counts every page in
/// RAM, including the index files Lucene memory-maps (<see cref="ResidentFile"/>, shared page cache the kernel can drop
/// and reload); <see cref="ResidentAnonymous"/> (RssAnon) is the process's own heap and stacks, what it really costs.
/// </summary>
internal sealed record ProcessMemory(long Peak, long Resident, long ResidentAnonymous, long ResidentFile)
{
    /// <summary>Reads the fields from the text of a status file; a missing field counts as 0.</summary>
    public static ProcessMemory Parse(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var fields = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in status.Split('\n'))
        {
            // "VmHWM:\t  254312 kB"
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var value = line[(colon + 1)..].Trim();
            if (value.EndsWith(" kB", StringComparison.Ordinal)
                && long.TryParse(value[..^3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes))
            {
                fields[line[..colon]] = kilobytes * 1024;
            }
        }
        return new ProcessMemory(Field("VmHWM"), Field("VmRSS"), Field("RssAnon"), Field("RssFile"));

        long Field(string name) => fields.GetValueOrDefault(name);
    }

    /// <summary>The memory of a running process; null once it has exited (or off Linux).</summary>
    public static ProcessMemory? Read(int processId)
    {
        try
        {
            return Parse(File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{processId}/status")));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
