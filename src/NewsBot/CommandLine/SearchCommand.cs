using System.CommandLine;
using NewsBot.Contracts;
using NewsBot.Index;
using Spectre.Console;

namespace NewsBot.CommandLine;

/// <summary>`search "query"`: the passages that best match, with their citations and matched words.</summary>
public static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("QUERY") { Description = "Words to find; \"quoted words\" must stand together, +word is required, -word excluded" }.WithinTextLimit();
        var from = CommonOptions.Date("--from", "Only articles dated on or after this day");
        var to = CommonOptions.Date("--to", "Only articles dated on or before this day");
        var limit = new Option<int>("--limit") { Description = "How many passages at most (1 to 1000)", DefaultValueFactory = _ => 10 };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("search", "Find passages in the archive") { query, from, to, limit, index, json };
        command.SetAction(parse => IndexAccess.With(console, CliSettings.Load(parse.GetValue(index)), newsIndex => QueryOutput.Print(
            console,
            parse.GetValue(json),
            () => newsIndex.Search(new PassageQuery(parse.GetValue(query)!)
            {
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Limit = parse.GetValue(limit),
            }),
            SearchResponse.From,
            WriteHits)));
        return command;
    }

    private static void WriteHits(CliConsole console, IReadOnlyList<PassageHit> hits)
    {
        if (hits.Count == 0)
        {
            console.Output.WriteLine("No passage in the archive matches.");
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var date = hit.Date?.ToString(IsoDate.Format, System.Globalization.CultureInfo.InvariantCulture) ?? "undated";
            console.Ansi.MarkupLine($"[bold]{i + 1}. {Markup.Escape(hit.Title)}[/] ({date}) {Markup.Escape(hit.ArticleId)} ¶{hit.Paragraph} [[{hit.Start}-{hit.End}]] score {hit.Score:0.00}");
            console.Ansi.MarkupLine("   " + Emphasise(hit));
            if (hit.Url is not null)
            {
                console.Ansi.MarkupLine($"   [dim]{Markup.Escape(hit.Url)}[/]");
            }
        }
    }

    /// <summary>The passage with its matched words in bold (plain text when output is not a terminal).</summary>
    private static string Emphasise(PassageHit hit)
    {
        var markup = new System.Text.StringBuilder();
        var position = 0;
        foreach (var span in hit.Highlights.OrderBy(h => h.Start))
        {
            var start = span.Start - hit.Start;
            var end = span.End - hit.Start;
            if (start < position || end > hit.Text.Length)
            {
                continue;
            }
            markup.Append(Markup.Escape(hit.Text[position..start])).Append("[bold yellow]").Append(Markup.Escape(hit.Text[start..end])).Append("[/]");
            position = end;
        }
        return markup.Append(Markup.Escape(hit.Text[position..])).ToString();
    }
}
