using System.Globalization;

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

internal static class Tokenizer
{
    /// <summary>Words (with inner periods, hyphens and apostrophes: "U.S.", "Commander-in-Chief", "Putin's") and , ; : ( ).</summary>
    /// <remarks>A hand-written scanner rather than a regular expression: every sentence is tokenised, so this is hot.</remarks>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        // About one token in 5.7 characters: a fifth plus four leaves less than 1% of sentences to grow the list.
        var tokens = new List<Token>((end - start) / 5 + 4);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is ',' or ';' or ':' or '(' or ')')
            {
                tokens.Add(new Token(i, i + 1, PunctuationText(c)));
                i++;
                continue;
            }
            if (!char.IsLetter(c) && !char.IsNumber(c))
            {
                i++;
                continue;
            }
            var wordEnd = i + 1;
            while (wordEnd < end && IsWordPart(text[wordEnd]))
            {
                wordEnd++;
            }
            AddWord(tokens, text, i, wordEnd);
            i = wordEnd;
        }
        return tokens;
    }

    private static void AddWord(List<Token> tokens, string text, int start, int end)
    {
        var length = end - start;
        // A sentence-final period belongs to the sentence, not the word, unless the word is an acronym ("U.S.").
        if (length > 1 && text[end - 1] == '.' && text.IndexOf('.', start, length) == end - 1)
        {
            length--;
        }
        while (length > 0 && text[start + length - 1] == '-')
        {
            length--;
        }
        if (length >= 2 && text[start + length - 1] == '\'' && text[start + length - 2] == '\'')
        {
            // a closing '' quotation mark, not part of the word
            while (length > 0 && text[start + length - 1] == '\'')
            {
                length--;
            }
            while (length > 0 && text[start + length - 1] == '.')
            {
                length--;
            }
        }
        tokens.Add(new Token(start, start + length, CommonWords.Text(text.AsSpan(start, length))));
    }

    private static bool IsWordPart(char c) =>
        char.IsLetter(c) || char.IsNumber(c) || c is '.' or '\'' or '’' or '-'
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static string PunctuationText(char c) => c switch
    {
        ',' => ",",
        ';' => ";",
        ':' => ":",
        '(' => "(",
        _ => ")",
    };
}
