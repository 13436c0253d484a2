using System.Text.Encodings.Web;
using System.Text.Json;
using NewsBot.Benchmarks.Queries;

namespace NewsBot.Benchmarks.Reporting;

/// <summary>Writes the results folder: results.md (the tables), scaling.svg (the charts), results.json (every figure) and queries.tsv.</summary>
internal static class ResultsWriter
{
    public const string TableFile = "results.md";
    public const string DataFile = "results.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<string> Write(string folder, BenchmarkResults results, IReadOnlyList<BenchmarkQuery> queries)
    {
        Directory.CreateDirectory(folder);
        var files = new (string Name, string Content)[]
        {
            (TableFile, MarkdownReport.Format(results)),
            (MarkdownReport.ChartFile, ScalingChart.Render(results)),
            (DataFile, JsonSerializer.Serialize(results, Json) + "\n"),
            (MarkdownReport.QueriesFile, QuerySetFile.Format(queries)),
        };
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), content);
        }
        return [.. files.Select(f => Path.Combine(folder, f.Name))];
    }
}
