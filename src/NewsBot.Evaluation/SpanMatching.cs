using NewsBot.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// The gold rule: a prediction matches a gold item when their content overlaps by at least half of the longer one.
/// Content can be several spans: PolNeAR keeps an interrupted quote (<c>"A," he said, "B."</c>) as one attribution
/// with two spans, and the predictions of one cue are grouped the same way.
/// </summary>
internal static class SpanMatching
{
    public static int Overlap(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b) =>
        a.Sum(x => b.Sum(y => Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start))));

    public static bool Matches(IReadOnlyList<TextSpan> predicted, IReadOnlyList<TextSpan> gold)
    {
        var overlap = Overlap(predicted, gold);
        return overlap > 0 && overlap * 2 >= Math.Max(predicted.Sum(s => s.Length), gold.Sum(s => s.Length));
    }

    public static bool Overlaps(TextSpan a, TextSpan b) => Math.Min(a.End, b.End) > Math.Max(a.Start, b.Start);

    /// <summary>Pairs predictions with gold items one to one, largest overlap first; returns (prediction, gold) index pairs.</summary>
    public static List<(int Predicted, int Gold)> Pair(IReadOnlyList<IReadOnlyList<TextSpan>> predicted, IReadOnlyList<IReadOnlyList<TextSpan>> gold)
    {
        var candidates = new List<(int P, int G, int Overlap)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (Matches(predicted[p], gold[g]))
                {
                    candidates.Add((p, g, Overlap(predicted[p], gold[g])));
                }
            }
        }
        var usedPredictions = new HashSet<int>();
        var usedGold = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (p, g, _) in candidates.OrderByDescending(c => c.Overlap))
        {
            if (!usedPredictions.Contains(p) && !usedGold.Contains(g))
            {
                usedPredictions.Add(p);
                usedGold.Add(g);
                pairs.Add((p, g));
            }
        }
        return pairs;
    }
}
