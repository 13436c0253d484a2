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
        Ansi = CreateAnsi(output, interactive);
        AnsiError = CreateAnsi(error, interactive);
    }

    private static IAnsiConsole CreateAnsi(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Piped output is read by programs and grep: one passage stays on one line instead of wrapping at 80 columns.
            console.Profile.Width = 4096;
        }
        return console;
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
