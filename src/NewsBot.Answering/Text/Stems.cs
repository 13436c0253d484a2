using Lucene.Net.Analysis.TokenAttributes;
using NewsBot.Index;

namespace NewsBot.Answering.Text;

/// <summary>
/// The index's own analysis (stop words, accent folding, English stems), so that deciding whether a sentence
/// answers a question uses the same notion of "the same word" as the search that found it.
/// </summary>
internal static class Stems
{
    private static readonly NewsAnalyzer Analyzer = new();

    public static IReadOnlyList<string> Of(string text)
    {
        var stems = new List<string>();
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            stems.Add(term.ToString());
        }
        stream.End();
        return stems;
    }

    public static HashSet<string> SetOf(string text) => new(Of(text), StringComparer.Ordinal);
}
