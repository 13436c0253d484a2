using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Answering.Tests.EvalSet;

/// <summary>
/// One evaluation question: any of <see cref="Expect"/> must be in a correct answer, cited from <see cref="Article"/>
/// ("seed" for the seed article); no article means the archive cannot answer it and the right answer is a decline.
/// </summary>
public sealed record EvalQuestion(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("expect")] IReadOnlyList<string> Expect,
    [property: JsonPropertyName("article")] string? Article)
{
    public bool Answerable => Article is not null;

    public static IReadOnlyList<EvalQuestion> Load() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "EvalSet", "questions.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<EvalQuestion>(line)!)
            .ToList();
}
