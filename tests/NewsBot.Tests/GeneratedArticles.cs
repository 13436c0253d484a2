using System.Text;
using System.Text.Json;

namespace NewsBot.Tests;

/// <summary>Many small distinct articles in one JSONL export, for runs long enough to commit in several batches.</summary>
public static class GeneratedArticles
{
    public static string Id(int number) => $"crossing-{number:D5}";

    /// <summary>Writes articles 1..<paramref name="count"/> to <paramref name="path"/> and returns the path.</summary>
    public static string WriteJsonl(string path, int count)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var i = 1; i <= count; i++)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = Id(i),
                title = $"Ferry crossing {i}",
                date = "2020-03-01",
                text = $"Ferry crossing number {i} left the harbour of Port Ellis on time.\n\n" +
                    $"The captain said the crossing took {30 + (i % 50)} minutes in calm weather.\n\n" +
                    $"\"Passengers on crossing {i} were in good spirits,\" the purser said.",
            }));
        }
        return path;
    }
}
