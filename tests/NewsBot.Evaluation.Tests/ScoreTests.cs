namespace NewsBot.Evaluation.Tests;

public sealed class ScoreTests
{
    [Fact]
    public void Precision_recall_and_f1_are_reported_for_spans_and_for_spans_with_speakers()
    {
        var score = new Score { Predicted = 10, Gold = 20, Matched = 8, Correct = 6 };

        Assert.Equal(
            "direct quotes          predicted     10 gold     20 | span P 0.800 R 0.400 F1 0.533 | with speaker P 0.600 R 0.300 F1 0.400 | speaker accuracy 0.750",
            score.Describe("direct quotes"));
    }

    [Fact]
    public void Nothing_predicted_scores_zero_rather_than_failing()
    {
        Assert.Equal(0, Score.F1(Score.Ratio(0, 0), Score.Ratio(0, 5)));
    }
}
