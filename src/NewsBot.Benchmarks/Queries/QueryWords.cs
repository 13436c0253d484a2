namespace NewsBot.Benchmarks.Queries;

/// <summary>How the query set picks words out of titles and statements, and names out of speakers.</summary>
internal static class QueryWords
{
    /// <summary>Lucene's English stop words, the ones NewsBot's analyzer ignores.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
        "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    };

    /// <summary>The runs of letters and digits in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>Words of two or more characters that are not stop words: what a search would match on.</summary>
    public static IEnumerable<string> ContentWords(string text) =>
        Words(text).Where(word => word.Length >= 2 && !StopWords.Contains(word));

    /// <summary>
    /// True for a speaker given by name ("Dmitry Peskov", "George W. Bush"): two to four words, each capitalised.
    /// Descriptions ("officials", "the spokesman") and organisations with small words are left out.
    /// </summary>
    public static bool IsPersonName(string speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4
            && words.All(word => char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '.' or '-' or '\''))
            && !string.Equals(words[0], "The", StringComparison.Ordinal);
    }
}
