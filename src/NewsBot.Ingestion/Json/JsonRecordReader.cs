using System.Text.Json;
using NewsBot.Articles;
using NewsBot.Ingestion.Html;

namespace NewsBot.Ingestion.Json;

/// <summary>Turns one JSON object into an article, accepting the field names common news exports use.</summary>
internal static class JsonRecordReader
{
    public static IngestionOutcome Read(JsonElement record, string path, int? line)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return new IngestionProblem(path, line, $"expected an article object but found {Describe(record.ValueKind)}; each article must be a JSON object with a \"text\" field");
        }

        var values = new JsonElement?[Enum.GetValues<JsonArticleField>().Length];
        var ranks = new int[values.Length];
        foreach (var property in record.EnumerateObject())
        {
            if (JsonArticleFields.TryFind(property.Name, out var field, out var rank)
                && property.Value.ValueKind is not JsonValueKind.Null
                && (values[(int)field] is null || rank < ranks[(int)field]))
            {
                values[(int)field] = property.Value;
                ranks[(int)field] = rank;
            }
        }

        var dateText = Scalar(values[(int)JsonArticleField.Date]);
        var date = NewsDate.TryParse(dateText);
        if (dateText is not null && date is null)
        {
            return new IngestionProblem(path, line, Problems.BadDate(dateText));
        }
        var text = Text(values[(int)JsonArticleField.Text]);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new IngestionProblem(path, line, Problems.RecordWithoutText);
        }
        var raw = new RawArticle(text)
        {
            Id = Scalar(values[(int)JsonArticleField.Id]),
            Title = Scalar(values[(int)JsonArticleField.Title]),
            Date = date,
            Url = Scalar(values[(int)JsonArticleField.Url]),
            Source = Source(values[(int)JsonArticleField.Source]),
        };
        return ArticleOutcomes.From(raw, path, line, Problems.RecordWithoutText);
    }

    /// <summary>Strings as they are; numbers (numeric ids) as written.</summary>
    private static string? Scalar(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.Value.GetRawText(),
        _ => null,
    };

    /// <summary>A publisher is a name, or an object with one (schema.org's <c>{"@type": "Organization", "name": …}</c>).</summary>
    private static string? Source(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } publisher
            ? publisher.EnumerateObject().Where(p => p.Name.Equals("name", StringComparison.OrdinalIgnoreCase))
                .Select(p => Scalar(p.Value)).FirstOrDefault(name => name is not null)
            : Scalar(value);

    /// <summary>
    /// The body: a string, or an array of paragraph strings. Exports from content systems often carry HTML;
    /// it is reduced to the paragraphs a reader sees.
    /// </summary>
    private static string? Text(JsonElement? value)
    {
        if (value is { ValueKind: JsonValueKind.Array } paragraphs)
        {
            return string.Join(Article.ParagraphSeparator, paragraphs.EnumerateArray()
                .Select(p => Scalar(p))
                .Where(p => p is not null)
                .Select(p => HtmlText.LooksLikeHtml(p!) ? HtmlText.ToParagraphs(p!) : p));
        }
        var text = Scalar(value);
        return text is not null && HtmlText.LooksLikeHtml(text) ? HtmlText.ToParagraphs(text) : text;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };
}
