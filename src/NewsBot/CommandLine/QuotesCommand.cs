using System.CommandLine;
using System.Globalization;
using NewsBot.Contracts;
using NewsBot.Index;
using Spectre.Console;

namespace NewsBot.CommandLine;

/// <summary>`quotes`: who said what, when — statements found by speaker, topic and the day they were said.</summary>
public static class QuotesCommand
{
    public static Command Create(CliConsole console)
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only statements by this person or organisation (\"Peskov\" finds Dmitry Peskov)", HelpName = "NAME" }.WithinTextLimit();
        var about = new Option<string?>("--about") { Description = "Only statements with these words (same syntax as search)", HelpName = "TEXT" }.WithinTextLimit();
        var from = CommonOptions.Date("--from", "Only statements made on or after this day");
        var to = CommonOptions.Date("--to", "Only statements made on or before this day");
        var limit = new Option<int>("--limit") { Description = "How many statements at most (1 to 1000)", DefaultValueFactory = _ => 10 };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("quotes", "Find who said what, when") { speaker, about, from, to, limit, index, json };
        command.SetAction(parse => IndexAccess.With(console, CliSettings.Load(parse.GetValue(index)), newsIndex => QueryOutput.Print(
            console,
            parse.GetValue(json),
            () => newsIndex.SearchQuotes(new QuoteQuery
            {
                Speaker = parse.GetValue(speaker),
                About = parse.GetValue(about),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Limit = parse.GetValue(limit),
            }),
            QuotesResponse.From,
            Write)));
        return command;
    }

    private static void Write(CliConsole console, IReadOnlyList<QuoteHit> hits)
    {
        if (hits.Count == 0)
        {
            console.Output.WriteLine("No statement in the archive matches.");
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var role = hit.Role is null ? "" : $", {hit.Role}";
            console.Ansi.MarkupLine($"[bold]{i + 1}. {Markup.Escape(hit.Speaker)}[/]{Markup.Escape(role)} ({Day(hit.Date)}, {QuoteText.DescribeRule(hit.DateRule)}), {hit.Kind.ToString().ToLowerInvariant()}, \"{Markup.Escape(hit.Cue)}\"");
            console.Ansi.MarkupLine($"   {Markup.Escape(QuoteText.Show(hit.Kind, hit.Text))}");
            foreach (var source in new[] { hit.Source }.Concat(hit.OtherSources))
            {
                console.Ansi.MarkupLine($"   [dim]{Markup.Escape(source.Title)} ({Day(source.ArticleDate)}) {Markup.Escape(source.ArticleId)} ¶{source.Paragraph} [[{source.Start}-{source.End}]][/]");
            }
        }
    }

    private static string Day(DateOnly? date) => date?.ToString(IsoDate.Format, CultureInfo.InvariantCulture) ?? "undated";
}
