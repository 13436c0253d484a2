using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsBot.Benchmarks.Corpus;

/// <summary>
/// Writes copies of the corpus into a folder, streaming line by line so memory stays flat at any scale. Copies
/// already written by an earlier scale of the same run are reused: scale 10 is copies 0–9 of scale 100.
/// </summary>
internal sealed class CorpusMultiplier(string sourceFile, string folder)
{
    private (long Articles, long TextBytes)? perCopy;

    public MultipliedCorpus Prepare(int scale, Action<string>? progress = null)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>(scale);
        for (var copy = 0; copy < scale; copy++)
        {
            var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"copy-{copy:0000}.jsonl"));
            if (!File.Exists(file))
            {
                Write(copy, file);
                if ((copy + 1) % 10 == 0)
                {
                    progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{copy + 1} of {scale} copies written"));
                }
            }
            files.Add(file);
        }
        var (articles, textBytes) = perCopy ??= Count(sourceFile);
        return new MultipliedCorpus(scale, files, articles * scale, textBytes * scale);
    }

    /// <summary>Articles and UTF-8 bytes of article text in one copy (the source file).</summary>
    public static (long Articles, long TextBytes) Count(string file)
    {
        long articles = 0, textBytes = 0;
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var record = JsonDocument.Parse(line);
            if (record.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            {
                articles++;
                textBytes += Encoding.UTF8.GetByteCount(text.GetString()!);
            }
        }
        return (articles, textBytes);
    }

    private void Write(int copy, string file)
    {
        // Written under a temporary name first, so a run stopped half-way never leaves a truncated copy to reuse.
        var partial = file + ".partial";
        using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(sourceFile))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                try
                {
                    writer.Write(CorpusCopy.Transform(line, copy));
                    writer.Write('\n');
                }
                catch (Exception error) when (error is JsonException or InvalidDataException)
                {
                    throw new InvalidDataException($"{sourceFile}:{lineNumber}: not a JSON object ({error.Message}); the corpus must be JSON Lines, one article object a line.", error);
                }
            }
        }
        File.Move(partial, file, overwrite: true);
    }
}
