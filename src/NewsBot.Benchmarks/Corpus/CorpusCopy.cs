using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Benchmarks.Corpus;

/// <summary>
/// One record of the corpus as it appears in copy k of a multiplied corpus: the same title and text, the id with
/// "-copyK" appended and the date moved K days earlier, so every copy is a distinct article in the same years.
/// Copy 0 is the corpus itself.
/// </summary>
internal static class CorpusCopy
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Id(string id, int copy) => copy == 0 ? id : string.Create(CultureInfo.InvariantCulture, $"{id}-copy{copy}");

    /// <summary>The JSON line of <paramref name="line"/>'s article in copy <paramref name="copy"/>.</summary>
    public static string Transform(string line, int copy)
    {
        if (copy == 0)
        {
            return line;
        }
        var record = JsonNode.Parse(line) as JsonObject
            ?? throw new InvalidDataException("A corpus line is not a JSON object.");
        if (record["id"]?.GetValue<string>() is { } id)
        {
            record["id"] = Id(id, copy);
        }
        if (record["date"]?.GetValue<string>() is { } date
            && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            record["date"] = day.AddDays(-copy).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return record.ToJsonString(Compact);
    }
}
