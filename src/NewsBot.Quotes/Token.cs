using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>A word or a clause punctuation mark, with its place in the article text.</summary>
internal readonly record struct Token(int Start, int End, string Text)
{
    public bool IsCapitalized => Text.Length > 0 && (char.IsUpper(Text[0]) || char.IsDigit(Text[0]) && Text.Any(char.IsUpper));

    public bool IsPunctuation => Text is "," or ";" or ":" or "(" or ")";

    public bool IsPossessive => Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal)
        || Text.Length > 1 && Text[^1] is '\'' or '’';

    public string WithoutPossessive => !IsPossessive ? Text : Text[^1] is 's' ? Text[..^2] : Text[..^1];

    public string Lower => Text.ToLowerInvariant();
}

internal static partial class Tokenizer
{
    /// <summary>Words (with inner periods, hyphens and apostrophes: "U.S.", "Commander-in-Chief", "Putin's") and , ; : ( ).</summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        foreach (Match match in Word().Matches(text[start..end]))
        {
            var value = match.Value;
            // A sentence-final period belongs to the sentence, not the word, unless the word is an acronym ("U.S.").
            if (value.Length > 1 && value[^1] == '.' && value.IndexOf('.', StringComparison.Ordinal) == value.Length - 1)
            {
                value = value[..^1];
            }
            value = value.TrimEnd('-');
            if (value.EndsWith("''", StringComparison.Ordinal))
            {
                value = value.TrimEnd('\'').TrimEnd('.'); // a closing '' quotation mark, not part of the word
            }
            tokens.Add(new Token(start + match.Index, start + match.Index + value.Length, value));
        }
        return tokens;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’\-]*|[,;:()]")]
    private static partial Regex Word();
}
