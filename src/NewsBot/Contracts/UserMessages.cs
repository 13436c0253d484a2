namespace NewsBot.Contracts;

public static class UserMessages
{
    /// <summary>An argument error's message without .NET's " (Parameter 'x')" suffix, which means nothing to a reader.</summary>
    public static string For(ArgumentException error) =>
        error.ParamName is null ? error.Message : error.Message.Replace($" (Parameter '{error.ParamName}')", "", StringComparison.Ordinal);
}
