using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsBot.WebChat.DirectLine;

/// <summary>
/// Activities on the wire as the Bot Framework writes them (Newtonsoft.Json with the schema's own attributes, so
/// channelData and entities pass through untouched), and errors in Direct Line's shape
/// <c>{"error":{"code","message"}}</c>.
/// </summary>
internal static class DirectLineJson
{
    /// <summary>Far above any question the bot takes (it refuses long ones with a message), far below a flood.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = 64,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    public static IResult Ok(object value, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(JsonConvert.SerializeObject(value, Settings), "application/json", Encoding.UTF8, statusCode);

    public static IResult Error(int statusCode, string code, string message) =>
        Ok(new JObject { ["error"] = new JObject { ["code"] = code, ["message"] = message } }, statusCode);

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "Forbidden", message);

    /// <summary>Reads one activity from a request body, or says what is wrong with it.</summary>
    public static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await ReadAsync<Activity>(request, cancellationToken).ConfigureAwait(false);
        return body is null && problem is null
            ? (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be one activity as a JSON object."))
            : (body, problem);
    }

    /// <summary>Reads a JSON body of at most <see cref="MaxActivityBytes"/>; an empty body reads as null.</summary>
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxActivityBytes)
        {
            return (null, TooLarge());
        }
        var buffer = new byte[MaxActivityBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }
        if (length > MaxActivityBytes)
        {
            return (null, TooLarge());
        }
        try
        {
            return (JsonConvert.DeserializeObject<T>(Encoding.UTF8.GetString(buffer, 0, length), Settings), null);
        }
        catch (JsonException error)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", $"The body is not valid JSON of the expected shape: {error.Message}"));
        }
    }

    private static IResult TooLarge() =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An activity may be at most {MaxActivityBytes / 1024} KB.");
}
