namespace NewsBot.Ingestion.Text;

/// <summary>
/// The metadata block a text or Markdown file may start with, between two "---" lines:
/// <c>id:</c>, <c>title:</c>, <c>date:</c>, <c>url:</c>, <c>source:</c>. It is how a plain file gets a stable id, so
/// editing the file updates the stored article instead of adding a second one. Other keys are ignored.
/// </summary>
internal sealed record FrontMatter(string? Id, string? Title, string? Date, int? DateLine, string? Url, string? Source, string Body)
{
    private const string Fence = "---";

    /// <summary>Splits off the front matter; a file without a complete block is all body.</summary>
    public static FrontMatter Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0].Trim() != Fence)
        {
            return Empty(text);
        }
        var closing = Array.FindIndex(lines, 1, line => line.TrimEnd() is Fence or "...");
        if (closing < 0)
        {
            return Empty(text);
        }

        string? id = null, title = null, date = null, url = null, source = null;
        int? dateLine = null;
        for (var i = 1; i < closing; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var value = Unquote(lines[i][(colon + 1)..].Trim());
            switch (lines[i][..colon].Trim().ToUpperInvariant())
            {
                case "ID": id = value; break;
                case "TITLE": title = value; break;
                case "DATE": date = value; dateLine = i + 1; break;
                case "URL": url = value; break;
                case "SOURCE": source = value; break;
            }
        }
        // Blank lines keep the body's line numbers equal to the file's.
        var body = new string('\n', closing + 1) + string.Join('\n', lines, closing + 1, lines.Length - closing - 1);
        return new FrontMatter(id, title, date, dateLine, url, source, body);
    }

    private static FrontMatter Empty(string text) => new(null, null, null, null, null, null, text);

    private static string? Unquote(string value)
    {
        if (value.Length >= 2 && (value[0], value[^1]) is ('"', '"') or ('\'', '\''))
        {
            value = value[1..^1];
        }
        return value.Length == 0 ? null : value;
    }
}
