using System.Text.Json;
using NewsBot.Ingestion.Loading;

namespace NewsBot.Ingestion.Json;

/// <summary>
/// Reads JSON Lines (one article object per line) as a stream: a bad line is one problem with its line number,
/// and every other line is still read. A file of any size is read this way; only a line may be too long.
/// </summary>
internal static class JsonLinesReader
{
    private const string Advice = "each line must be one complete JSON object";

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IEnumerable<IngestionOutcome> Read(string path, Stream stream, long maxLineBytes)
    {
        foreach (var line in Utf8LineReader.ReadLines(stream, maxLineBytes))
        {
            if (line.IsOverlong)
            {
                yield return new IngestionProblem(path, line.Number, Problems.LineTooLarge(line.OverlongBytes, maxLineBytes));
                continue;
            }
            var bytes = line.Bytes;
            if (line.Number == 1 && TextEncodings.DetectBom(bytes.Span) == ByteOrderMark.Utf8)
            {
                bytes = bytes[3..];
            }
            if (IsBlank(bytes.Span))
            {
                continue;
            }
            yield return ReadLine(path, line.Number, line.Offset + (line.Bytes.Length - bytes.Length), bytes);
        }
    }

    private static IngestionOutcome ReadLine(string path, int number, long offset, ReadOnlyMemory<byte> bytes)
    {
        if (TextEncodings.FirstInvalidUtf8Byte(bytes.Span) is { } invalid)
        {
            return new IngestionProblem(path, number, Problems.NotUtf8(offset + invalid));
        }
        try
        {
            using var document = JsonDocument.Parse(bytes, Options);
            return JsonRecordReader.Read(document.RootElement, path, number);
        }
        catch (JsonException error)
        {
            return new IngestionProblem(path, number, JsonProblems.Describe(error, Advice));
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r"u8) < 0;
}
