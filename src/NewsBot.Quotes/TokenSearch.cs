namespace NewsBot.Quotes;

internal static class TokenSearch
{
    /// <summary>Index of the first token that starts at or after <paramref name="offset"/> (tokens.Count when none).</summary>
    public static int FirstAtOrAfter(List<Token> tokens, int offset)
    {
        var index = 0;
        while (index < tokens.Count && tokens[index].Start < offset)
        {
            index++;
        }
        return index;
    }
}
