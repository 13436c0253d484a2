using NewsBot.Contracts;

namespace NewsBot.CommandLine;

/// <summary>
/// The shape every query verb shares: run the query, turn a bad-argument error into a message and exit code 2,
/// then print either one JSON document or text for people.
/// </summary>
public static class QueryOutput
{
    public static int Print<TResult>(CliConsole console, bool json, Func<TResult> query, Func<TResult, object> toJson, Action<CliConsole, TResult> writeText)
    {
        TResult result;
        try
        {
            result = query();
        }
        catch (ArgumentException error)
        {
            return console.Fail(UserMessages.For(error));
        }
        if (json)
        {
            console.WriteJson(toJson(result));
        }
        else
        {
            writeText(console, result);
        }
        return ExitCodes.Success;
    }
}
