namespace NewsBot.Answering.Text;

/// <summary>Splits folded text into words: letters and digits, with inner apostrophes, hyphens and periods kept.</summary>
internal static class Words
{
    public static IReadOnlyList<Word> Of(string folded)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < folded.Length &&
                   (char.IsLetterOrDigit(folded[i]) ||
                    (folded[i] is '\'' or '-' or '.' && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]))))
            {
                i++;
            }
            words.Add(new Word(folded[start..i].ToLowerInvariant(), start, i));
        }
        return words;
    }
}
