using System.Globalization;
using System.Text.Json;

namespace NewsBot.Ingestion.Json;

/// <summary>Messages for JSON that does not parse, without the parser's internal coordinates.</summary>
internal static class JsonProblems
{
    public static string Describe(JsonException error, string advice)
    {
        var reason = error.Message;
        // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 5."; the problem carries the line itself.
        var coordinates = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (coordinates >= 0)
        {
            reason = reason[..coordinates];
        }
        var column = error.BytePositionInLine is { } position
            ? string.Create(CultureInfo.InvariantCulture, $" at column {position + 1}")
            : "";
        return $"not valid JSON{column} ({reason.Trim().TrimEnd('.')}); {advice}";
    }
}
