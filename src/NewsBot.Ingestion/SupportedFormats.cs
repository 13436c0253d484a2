namespace NewsBot.Ingestion;

/// <summary>One kind of file NewsBot reads, for help texts.</summary>
public sealed record SupportedFormat(string Name, IReadOnlyList<string> Extensions);

/// <summary>The file types NewsBot reads, in the words the CLI help and error messages use.</summary>
public static class SupportedFormats
{
    /// <summary>One line for error messages: what a user can give NewsBot instead.</summary>
    public const string Summary = ".txt, .md, .json, .jsonl, .html and RSS/Atom feeds";

    public static IReadOnlyList<SupportedFormat> All { get; } =
    [
        new("Plain text (blank lines between paragraphs; optional --- front matter)", [".txt"]),
        new("Markdown", [".md", ".markdown"]),
        new("JSON Lines, one article object per line", [".jsonl", ".ndjson"]),
        new("JSON, an article object or an array of them", [".json"]),
        new("HTML page", [".html", ".htm"]),
        new("RSS 2.0 or Atom feed", [".rss", ".atom", ".xml"]),
    ];

    /// <summary>Every extension NewsBot reads, lower case with the dot.</summary>
    public static IReadOnlyList<string> Extensions { get; } = All.SelectMany(format => format.Extensions).ToArray();

    /// <summary>True when a file inside a folder has a type NewsBot reads (by its extension).</summary>
    public static bool IsSupported(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
