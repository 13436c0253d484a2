using System.CommandLine;
using System.CommandLine.Parsing;
using NewsBot.Contracts;

namespace NewsBot.CommandLine;

/// <summary>Options that several verbs share, so each is declared and described once.</summary>
public static class CommonOptions
{
    public static Option<string?> Index() => new("--index")
    {
        Description = "The index folder (default: data/index, or Archive:IndexDirectory in configuration)",
        HelpName = "DIR",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print one JSON document instead of text" };

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = ParseDate,
    };

    /// <summary>Refuses a text over <see cref="TextLimits.MaxCharacters"/> as a usage error, as the HTTP API refuses it.</summary>
    public static Argument<string> WithinTextLimit(this Argument<string> argument)
    {
        argument.Validators.Add(result => AddTooLong(result, argument.Name, result.GetValueOrDefault<string>()));
        return argument;
    }

    /// <inheritdoc cref="WithinTextLimit(Argument{string})"/>
    public static Option<string?> WithinTextLimit(this Option<string?> option)
    {
        option.Validators.Add(result => AddTooLong(result, option.Name, result.GetValueOrDefault<string?>()));
        return option;
    }

    private static void AddTooLong(SymbolResult result, string name, string? text)
    {
        if (TextLimits.Problem(name, text) is { } problem)
        {
            result.AddError(problem);
        }
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (IsoDate.TryParse(text, out var date))
        {
            return date;
        }
        var name = result.Parent is OptionResult option ? option.Option.Name : "the date";
        result.AddError(IsoDate.Describe(name, text));
        return null;
    }
}
