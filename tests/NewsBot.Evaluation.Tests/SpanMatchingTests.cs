using NewsBot.Articles;

namespace NewsBot.Evaluation.Tests;

/// <summary>The gold rule: content overlaps by at least half of the longer of the two.</summary>
public sealed class SpanMatchingTests
{
    private static List<TextSpan> Spans(params (int Start, int End)[] spans) => spans.Select(s => new TextSpan(s.Start, s.End)).ToList();

    [Fact]
    public void An_overlap_of_exactly_half_the_longer_span_matches()
    {
        Assert.True(SpanMatching.Matches(Spans((0, 20)), Spans((10, 20))));
        Assert.True(SpanMatching.Matches(Spans((10, 20)), Spans((0, 20))));
    }

    [Fact]
    public void An_overlap_of_less_than_half_the_longer_span_does_not_match()
    {
        Assert.False(SpanMatching.Matches(Spans((0, 21)), Spans((11, 21))));
    }

    [Fact]
    public void Half_is_measured_against_the_longer_side_whichever_it_is()
    {
        // A short prediction inside a long gold quote is not a match, nor a long prediction around a short one.
        Assert.False(SpanMatching.Matches(Spans((0, 4)), Spans((0, 10))));
        Assert.False(SpanMatching.Matches(Spans((0, 10)), Spans((0, 4))));
    }

    [Fact]
    public void Disjoint_or_touching_spans_never_match()
    {
        Assert.False(SpanMatching.Matches(Spans((0, 10)), Spans((10, 20))));
        Assert.False(SpanMatching.Matches(Spans((5, 5)), Spans((5, 5))));
    }

    [Fact]
    public void An_interrupted_quote_is_scored_over_all_its_spans()
    {
        // "A," he said, "B." in gold is one attribution of two spans; so is our prediction of one cue.
        var gold = Spans((0, 10), (20, 30));

        Assert.True(SpanMatching.Matches(Spans((0, 10), (20, 30)), gold));
        Assert.True(SpanMatching.Matches(Spans((0, 10)), gold));
        Assert.False(SpanMatching.Matches(Spans((0, 9)), gold));
    }

    [Fact]
    public void Predictions_and_gold_pair_one_to_one_with_the_largest_overlap_first()
    {
        IReadOnlyList<IReadOnlyList<TextSpan>> predicted = [Spans((0, 10)), Spans((2, 10))];
        IReadOnlyList<IReadOnlyList<TextSpan>> gold = [Spans((0, 10))];

        Assert.Equal([(0, 0)], SpanMatching.Pair(predicted, gold));
    }
}
