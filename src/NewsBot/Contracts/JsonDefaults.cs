using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Contracts;

/// <summary>One JSON shape for the command line and the HTTP API: camelCase, ISO dates, readable quotes and accents.</summary>
public static class JsonDefaults
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        // Output is read by people and programs, never embedded in HTML, so quotes and non-ASCII letters stay as they are.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        // Enums as words ("direct", "relativeDate"), never as numbers a reader has to look up.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
