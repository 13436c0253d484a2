using System.Globalization;
using System.Text;
using NewsBot.Answering.Retrieval;

namespace NewsBot.Answering.Model;

/// <summary>Writes the numbered sources the prompt shows the model: number, title, date, paragraph, then the text.</summary>
internal static class SourceFormatter
{
    public static string Format(IReadOnlyList<AnswerSource> sources)
    {
        var text = new StringBuilder();
        foreach (var source in sources)
        {
            var date = source.Article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            text.Append(CultureInfo.InvariantCulture, $"[{source.Number}] {source.Article.Title} ({date}), paragraph {source.Paragraph}:")
                .Append('\n').Append(source.Text).Append("\n\n");
        }
        return text.ToString().TrimEnd();
    }
}
