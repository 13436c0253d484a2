using System.CommandLine;
using System.Globalization;
using NewsBot.Contracts;
using NewsBot.Ingestion;
using NewsBot.Quotes;
using Spectre.Console;

namespace NewsBot.CommandLine;

/// <summary>`analyze FILE`: what the archive would hold for a file (statements, speakers, dates) without indexing it.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = $"One file. Formats: {SupportedFormats.Summary}" };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("analyze", "Show the statements, speakers and dates found in a file, without indexing it") { file, index, json };
        command.SetAction(parse =>
        {
            var settings = CliSettings.Load(parse.GetValue(index));
            var reader = Hosting.NewsBotServiceExtensions.CreateReader(settings);
            var extractor = new QuoteExtractor();
            var articles = new List<ArticleAnalysis>();
            var problems = new List<RejectedInput>();
            foreach (var outcome in reader.ReadFile(parse.GetValue(file)!))
            {
                if (outcome is ArticleRead read)
                {
                    articles.Add(ArticleAnalysis.From(read.Article, extractor.Extract(read.Article)));
                }
                else if (outcome is IngestionProblem problem)
                {
                    problems.Add(new RejectedInput(problem.Path, problem.Line, problem.Message));
                    console.Error.WriteLine($"rejected: {problem}");
                }
            }
            if (parse.GetValue(json))
            {
                console.WriteJson(new AnalysisResponse(articles, problems));
            }
            else
            {
                articles.ForEach(article => Write(console, article));
            }
            return problems.Count > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
        return command;
    }

    private static void Write(CliConsole console, ArticleAnalysis article)
    {
        var date = article.Date?.ToString(IsoDate.Format, CultureInfo.InvariantCulture) ?? "undated";
        console.Ansi.MarkupLine($"[bold]{Markup.Escape(article.Title)}[/] ({date}) {Markup.Escape(article.ArticleId)}: {article.Paragraphs} paragraphs, {article.Quotes.Count} statements");
        foreach (var quote in article.Quotes)
        {
            var said = quote.Date?.ToString(IsoDate.Format, CultureInfo.InvariantCulture) ?? "undated";
            var role = quote.Role is null ? "" : $", {quote.Role}";
            var mention = quote.SpeakerMention is { } m && m != quote.Speaker ? $" (from \"{m}\")" : "";
            console.Ansi.MarkupLine($"  ¶{quote.Paragraph} [bold]{Markup.Escape(quote.Speaker)}[/]{Markup.Escape(role + mention)} {quote.Kind.ToString().ToLowerInvariant()}, \"{Markup.Escape(quote.Cue)}\", {said} ({QuoteText.DescribeRule(quote.DateRule)})");
            console.Ansi.MarkupLine($"     {Markup.Escape(QuoteText.Show(quote.Kind, quote.Text))}");
        }
    }
}
