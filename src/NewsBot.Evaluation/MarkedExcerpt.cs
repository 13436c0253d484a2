using System.Text;
using NewsBot.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// The text around a mismatch with both readings marked inline, gold as ⟦...⟧ and ours as ⟨...⟩, so that misses of
/// one kind (a span that stops at the closing mark, a quote cut short) are seen at a glance and group when sorted.
/// </summary>
internal static class MarkedExcerpt
{
    public const string GoldOpen = "⟦";
    public const string GoldClose = "⟧";
    public const string PredictedOpen = "⟨";
    public const string PredictedClose = "⟩";

    private const int Context = 80;

    /// <param name="alsoShow">Spans the excerpt must reach without marking them (the quote whose speakers are marked).</param>
    public static string Mark(string text, IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> predicted, IReadOnlyList<TextSpan>? alsoShow = null)
    {
        var all = gold.Concat(predicted).Concat(alsoShow ?? []).ToList();
        if (all.Count == 0)
        {
            return "";
        }
        var start = Math.Max(0, all.Min(s => s.Start) - Context);
        var end = Math.Min(text.Length, all.Max(s => s.End) + Context);
        // At one offset, marks that close come before marks that open, so touching spans read ⟩⟦ and not ⟦⟩;
        // gold encloses ours where both open or close at the same place.
        var marks = gold.SelectMany(s => new[] { (At: s.Start, Rank: 2, Mark: GoldOpen), (At: s.End, Rank: 1, Mark: GoldClose) })
            .Concat(predicted.SelectMany(s => new[] { (At: s.Start, Rank: 3, Mark: PredictedOpen), (At: s.End, Rank: 0, Mark: PredictedClose) }))
            .OrderBy(m => m.At)
            .ThenBy(m => m.Rank)
            .ToList();
        var excerpt = new StringBuilder();
        var from = start;
        foreach (var (at, _, mark) in marks)
        {
            excerpt.Append(text, from, at - from).Append(mark);
            from = at;
        }
        excerpt.Append(text, from, end - from);
        return excerpt.ToString().ReplaceLineEndings(" ");
    }
}
