using System.Text;
using System.Text.Json;

namespace NewsBot.Ingestion.Json;

/// <summary>
/// Reads a JSON file holding one article object or an array of them. The file is parsed whole first: a syntax
/// error anywhere makes the file unusable, and it is reported with its line and column.
/// </summary>
internal static class JsonFileReader
{
    private const string Advice = "fix the file (a JSON array of article objects, or one object) and read it again";

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IReadOnlyList<IngestionOutcome> Read(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException error)
        {
            return [new IngestionProblem(path, (int?)(error.LineNumber + 1), JsonProblems.Describe(error, Advice))];
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                return [JsonRecordReader.Read(root, path, null)];
            }
            if (root.GetArrayLength() == 0)
            {
                return [new IngestionProblem(path, null, "the JSON array is empty; there is no article to read")];
            }
            var lines = ElementLines(bytes);
            return root.EnumerateArray().Select((record, index) => JsonRecordReader.Read(record, path, lines[index])).ToArray();
        }
    }

    /// <summary>
    /// The line each element of the top-level array starts on, so a problem with one record points at it.
    /// JsonDocument keeps no line numbers, so a reader pass counts them.
    /// </summary>
    private static List<int> ElementLines(byte[] bytes)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var line = 1;
        var counted = 0;
        while (reader.Read())
        {
            if (reader.CurrentDepth != 1 || reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                continue;
            }
            var start = (int)reader.TokenStartIndex;
            line += bytes.AsSpan(counted, start - counted).Count((byte)'\n');
            counted = start;
            lines.Add(line);
            reader.Skip();
        }
        return lines;
    }
}
