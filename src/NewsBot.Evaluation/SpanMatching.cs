using NewsBot.Articles;

namespace NewsBot.Evaluation;

internal static class SpanMatching
{
    /// <summary>The gold rule: two content spans match when they overlap by at least half of the longer one.</summary>
    public static bool Matches(TextSpan predicted, TextSpan gold)
    {
        var overlap = Math.Min(predicted.End, gold.End) - Math.Max(predicted.Start, gold.Start);
        return overlap > 0 && overlap * 2 >= Math.Max(predicted.Length, gold.Length);
    }

    public static bool Overlaps(TextSpan a, TextSpan b) => Math.Min(a.End, b.End) > Math.Max(a.Start, b.Start);

    /// <summary>
    /// Pairs predictions with gold items one to one, best overlap first; returns (prediction, gold) index pairs.
    /// </summary>
    public static List<(int Predicted, int Gold)> Pair(IReadOnlyList<TextSpan> predicted, IReadOnlyList<TextSpan> gold)
    {
        var candidates = new List<(int P, int G, int Overlap)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (Matches(predicted[p], gold[g]))
                {
                    candidates.Add((p, g, Math.Min(predicted[p].End, gold[g].End) - Math.Max(predicted[p].Start, gold[g].Start)));
                }
            }
        }
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (p, g, _) in candidates.OrderByDescending(c => c.Overlap))
        {
            if (usedP.Add(p))
            {
                if (usedG.Add(g))
                {
                    pairs.Add((p, g));
                }
                else
                {
                    usedP.Remove(p);
                }
            }
        }
        return pairs;
    }
}
