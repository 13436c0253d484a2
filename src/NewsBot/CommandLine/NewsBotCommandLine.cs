using System.CommandLine;

namespace NewsBot.CommandLine;

/// <summary>The verbs of the NewsBot program. With no verb it serves, so `dotnet run` starts the bot.</summary>
public static class NewsBotCommandLine
{
    public static RootCommand Create(CliConsole console)
    {
        var serve = ServeCommand.Create();
        var root = new RootCommand("NewsBot: answers questions over a news archive, with citations")
        {
            serve,
            IndexCommand.Create(console),
            DeleteCommand.Create(console),
            SearchCommand.Create(console),
            QuotesCommand.Create(console),
            AnalyzeCommand.Create(console),
            AskCommand.Create(console),
            FindCommand.Create(console),
            FeedbackCommand.Create(console),
        };
        // The root runs `serve` with its options, so `NewsBot --urls ...` works like `NewsBot serve --urls ...`.
        foreach (var option in serve.Options)
        {
            root.Options.Add(option);
        }
        root.TreatUnmatchedTokensAsErrors = false;
        root.Action = serve.Action;
        return root;
    }

    public static async Task<int> InvokeAsync(string[] args, CliConsole console)
    {
        var parse = Create(console).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }
            console.Error.WriteLine("Run with --help to see the verbs and their options.");
            return ExitCodes.UsageError;
        }
        // The root accepts extra --Key=value tokens as host configuration, but a bare word is a mistyped verb.
        if (parse.CommandResult.Command is RootCommand && parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-')) is { } unknown)
        {
            console.Error.WriteLine($"error: '{unknown}' is not a verb. Verbs: serve, index, delete, search, quotes, analyze, ask, find, feedback. Run with --help for details.");
            return ExitCodes.UsageError;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Output, Error = console.Error }).ConfigureAwait(false);
    }
}
