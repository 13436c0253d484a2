using System.Globalization;
using System.Text.Json;

namespace NewsBot.Evaluation;

internal static class JsonLines
{
    public static IEnumerable<T> Read<T>(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length > 0)
            {
                yield return JsonSerializer.Deserialize<T>(line) ?? throw new InvalidDataException($"{path}: a line holds null.");
            }
        }
    }

    public static DateOnly? Date(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : null;
}
