namespace NewsBot.Answering.Text;

/// <summary>
/// Words made into search text with every character that is not a letter or digit turned into a space, so text
/// from a user or an article is never read as query syntax (quotes, +, -, |, parentheses).
/// </summary>
internal static class PlainQuery
{
    public static string Of(IEnumerable<string> words) =>
        string.Join(' ', words.Select(PlainWord).Where(w => w.Length > 0));

    private static string PlainWord(string word) =>
        new string(word.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Trim();
}
