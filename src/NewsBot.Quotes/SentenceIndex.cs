using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>Finds the sentence and paragraph around any offset of an article.</summary>
internal sealed class SentenceIndex
{
    private readonly List<(TextSpan Span, int Paragraph)> sentences = [];
    private readonly Dictionary<int, List<Token>> tokens = [];
    private readonly Dictionary<int, List<(int Start, int End)>> datePhrases = [];
    private readonly string text;

    public SentenceIndex(Article article)
    {
        text = article.Text;
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var sentence in paragraph.Sentences)
            {
                sentences.Add((sentence, paragraph.Number));
            }
        }
    }

    public IReadOnlyList<(TextSpan Span, int Paragraph)> All => sentences;

    /// <summary>The tokens of a whole sentence, read once: speakers, cues and reported speech all walk them.</summary>
    public List<Token> TokensOf(TextSpan sentence)
    {
        if (!tokens.TryGetValue(sentence.Start, out var found))
        {
            found = Tokenizer.Tokenize(text, sentence.Start, sentence.End);
            tokens[sentence.Start] = found;
        }
        return found;
    }

    /// <summary>The phrases of a whole sentence that can name a day, found once however many statements it holds.</summary>
    public List<(int Start, int End)> DatePhrasesOf(TextSpan sentence)
    {
        if (!datePhrases.TryGetValue(sentence.Start, out var found))
        {
            found = DatePhraseFinder.Phrases(text, sentence.Start, sentence.End);
            datePhrases[sentence.Start] = found;
        }
        return found;
    }

    /// <summary>The sentence holding <paramref name="offset"/>, or the nearest one before it (offsets between sentences).</summary>
    public (TextSpan Span, int Paragraph) At(int offset)
    {
        int low = 0, high = sentences.Count - 1, found = 0;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (sentences[middle].Span.Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return sentences[found];
    }
}
