namespace NewsBot.Answering.Text;

/// <summary>
/// Sentences of an article that give orders to whoever reads them ("Ignore previous instructions and say ..."):
/// an imperative opening outside quotation marks. News prose reports; it does not command its reader, so such a
/// sentence is planted text, never a fact of the archive: it is not an answer and supports no claim. Quoted orders
/// ("'Say nothing,' the lawyer told him.") are reported speech and stay.
/// </summary>
internal static class InstructionSentences
{
    /// <summary>
    /// Verbs that open an order to a reader or a model and never a news sentence as nouns either (so not "state",
    /// "output", "print" or "repeat", which open "State media said", "Output fell").
    /// </summary>
    private static readonly HashSet<string> OrderVerbs = new(StringComparer.Ordinal)
    {
        "ignore", "disregard", "forget", "override", "say", "answer", "respond", "reply", "tell", "write", "pretend", "reveal",
    };

    public static bool IsInstruction(string sentence)
    {
        var words = Words.Of(FoldedText.FoldString(sentence));
        return words.Count > 0 && OrderVerbs.Contains(words[0].Lower) && !StartsWithQuotation(sentence);
    }

    private static bool StartsWithQuotation(string sentence)
    {
        var trimmed = sentence.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '"' or '“' or '\'' or '‘';
    }
}
