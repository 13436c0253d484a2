using System.Text.Json;

namespace NewsBot.Benchmarks.Tests;

/// <summary>One article as a line of the corpus's JSON Lines format, which the app's reader (and so every indexing child) reads.</summary>
internal static class JsonLinesArticle
{
    public static string Line(string id, string text, string? title = null) =>
        JsonSerializer.Serialize(new { id, title = title ?? "Title " + id, date = "2021-04-14", url = $"https://example.org/{id}", source = "Test", text }) + "\n";
}
