using System.CommandLine;
using NewsBot.Answering.Service;

namespace NewsBot.CommandLine;

/// <summary>`ask "QUESTION"`: a short answer in which every claim cites the archive, or a plain "not found".</summary>
public static class AskCommand
{
    public static Command Create(CliConsole console)
    {
        var question = new Argument<string>("QUESTION") { Description = "A question, e.g. \"What did Peskov say about Washington?\"" }.WithinTextLimit();
        var date = CommonOptions.Date("--date", "Resolve \"yesterday\", \"last week\" and the like against this day (default: today)");
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("ask", "Answer a question from the archive, with citations") { question, date, index, json };
        command.SetAction((parse, cancellationToken) => Task.FromResult(AnsweringAccess.With(console, parse.GetValue(index), services =>
        {
            var text = parse.GetValue(question)!;
            if (string.IsNullOrWhiteSpace(text))
            {
                return console.Fail("The question is empty: ask something, e.g. \"What did Peskov say about Washington?\"");
            }
            var response = services.GetRequiredService<IAnswerService>()
                .AskAsync(text, parse.GetValue(date), conversationId: null, cancellationToken).GetAwaiter().GetResult();
            if (parse.GetValue(json))
            {
                console.WriteJson(response);
            }
            else
            {
                Write(console, response);
            }
            return ExitCodes.Success;
        })));
        return command;
    }

    private static void Write(CliConsole console, AskResponse response)
    {
        console.Output.WriteLine(response.Answer);
        if (response.Citations.Count == 0)
        {
            return;
        }
        console.Output.WriteLine();
        foreach (var citation in response.Citations)
        {
            var date = citation.Date?.ToString(Contracts.IsoDate.Format, System.Globalization.CultureInfo.InvariantCulture) ?? "undated";
            var link = citation.Url is null ? "" : $" {citation.Url}";
            console.Output.WriteLine($"[{citation.N}] {citation.Title} ({date}) {citation.ArticleId} ¶{citation.Paragraph} [{citation.Start}-{citation.End}]{link}");
        }
    }
}
