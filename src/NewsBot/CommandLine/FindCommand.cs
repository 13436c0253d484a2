using System.CommandLine;
using System.Globalization;
using NewsBot.Answering.Citations;
using NewsBot.Contracts;

namespace NewsBot.CommandLine;

/// <summary>`find "TEXT"`: an editor's "did we report this, and did they say it?", with one verdict.</summary>
public static class FindCommand
{
    public static Command Create(CliConsole console)
    {
        var text = new Argument<string>("TEXT") { Description = "The words to look up, as you would quote them" }.WithinTextLimit();
        var speaker = new Option<string?>("--speaker") { Description = "Who is said to have said them", HelpName = "NAME" }.WithinTextLimit();
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("find", "Check whether the archive reported these words, and who said them") { text, speaker, index, json };
        command.SetAction(parse => AnsweringAccess.With(console, parse.GetValue(index), services =>
        {
            CitationCheck check;
            try
            {
                check = services.GetRequiredService<CitationFinder>().Find(parse.GetValue(text)!, parse.GetValue(speaker));
            }
            catch (ArgumentException error)
            {
                return console.Fail(UserMessages.For(error));
            }
            if (parse.GetValue(json))
            {
                console.WriteJson(check);
            }
            else
            {
                Write(console, check);
            }
            return check.Verdict == CitationVerdict.NotFound ? ExitCodes.PartialFailure : ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(CliConsole console, CitationCheck check)
    {
        console.Output.WriteLine($"verdict: {Describe(check.Verdict)}");
        foreach (var match in check.Matches)
        {
            var date = match.Date?.ToString(IsoDate.Format, CultureInfo.InvariantCulture) ?? "undated";
            var speaker = match.Speaker is null ? "" : $", said by {match.Speaker}";
            console.Output.WriteLine($"  {match.Title} ({date}) {match.ArticleId} ¶{match.Paragraph} [{match.Start}-{match.End}]{speaker}");
            console.Output.WriteLine($"    {match.Text}");
            foreach (var difference in match.Differences)
            {
                console.Output.WriteLine($"    archive has \"{difference.Archive}\" where you have \"{difference.Given}\"");
            }
        }
    }

    private static string Describe(CitationVerdict verdict) => verdict switch
    {
        CitationVerdict.Verbatim => "verbatim (the exact words are in the archive)",
        CitationVerdict.Differs => "differs (nearly these words are in the archive; differences below)",
        CitationVerdict.Stitched => "stitched (each part is in one article, but they never stand together as given)",
        CitationVerdict.Misattributed => "misattributed (the words are there, said by someone else or by nobody)",
        _ => "not-found (nothing like these words is in the archive)",
    };
}
