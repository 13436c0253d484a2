namespace NewsBot.CommandLine;

public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The command ran, but some input was rejected or some id was not found; the rest was done.</summary>
    public const int PartialFailure = 1;
    /// <summary>Nothing was done: bad arguments, or the index could not be opened.</summary>
    public const int UsageError = 2;
}
