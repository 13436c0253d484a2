using System.Text.Json;
using NewsBot.Contracts;
using Spectre.Console;

namespace NewsBot.CommandLine;

/// <summary>
/// Where a command writes. Results go to standard output (one JSON document with --json); progress, problems
/// and errors go to standard error, so piping the output never mixes them in.
/// </summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        var support = interactive ? AnsiSupport.Detect : AnsiSupport.No;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = support,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        UnwrapWhenRedirected(Ansi, interactive);
        AnsiError = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = support,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    /// <summary>Piped output is read by programs and grep: one passage stays on one line instead of wrapping at 80 columns.</summary>
    private static void UnwrapWhenRedirected(IAnsiConsole console, bool interactive)
    {
        if (!interactive)
        {
            console.Profile.Width = 4096;
        }
    }

    /// <summary>The real terminal; interactive (progress bar, colours) only when nothing is redirected.</summary>
    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected);

    public TextWriter Output { get; }
    public TextWriter Error { get; }
    public bool Interactive { get; }
    public IAnsiConsole Ansi { get; }
    public IAnsiConsole AnsiError { get; }

    public void WriteJson<T>(T document) => Output.WriteLine(JsonSerializer.Serialize(document, JsonDefaults.Options));

    public int Fail(string message)
    {
        Error.WriteLine($"error: {message}");
        return ExitCodes.UsageError;
    }
}
