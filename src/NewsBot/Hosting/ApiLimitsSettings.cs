using System.ComponentModel.DataAnnotations;

namespace NewsBot.Hosting;

/// <summary>How much one client may ask of the HTTP API. Section "ApiLimits" in configuration.</summary>
public sealed class ApiLimitsSettings
{
    public const string SectionName = "ApiLimits";

    /// <summary>
    /// Requests a minute per client address to /api/ask, /api/search, /api/quotes and /api/find. The bot endpoint is
    /// not limited this way: all of Teams arrives from a few Bot Service addresses.
    /// </summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinute { get; set; } = 120;

    /// <summary>The largest request body the service reads; larger ones are refused with 413.</summary>
    [Range(1, 100 * 1024)]
    public int MaxRequestBodyKilobytes { get; set; } = 256;
}
