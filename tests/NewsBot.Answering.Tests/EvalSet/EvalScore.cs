using System.Globalization;

namespace NewsBot.Answering.Tests.EvalSet;

/// <summary>
/// Scores over an evaluation run: answer accuracy (answerable questions answered with an expected word and cited
/// from the expected article), citation precision (citations from the expected article, over all citations given
/// to answerable questions) and the share of unanswerable questions declined.
/// </summary>
public sealed class EvalScore(string name)
{
    private int answerable, correct, citations, rightCitations, unanswerable, declined;

    public double Accuracy => answerable == 0 ? 0 : correct / (double)answerable;
    public double CitationPrecision => citations == 0 ? 0 : rightCitations / (double)citations;
    public double DeclinedShare => unanswerable == 0 ? 0 : declined / (double)unanswerable;
    /// <summary>Questions handled right, answerable or not, over all questions.</summary>
    public double Overall => (correct + declined) / (double)(answerable + unanswerable);

    public void Add(EvalQuestion question, string answer, IReadOnlyList<string> citedArticles, string expectedArticleId)
    {
        if (!question.Answerable)
        {
            unanswerable++;
            declined += citedArticles.Count == 0 ? 1 : 0;
            return;
        }
        answerable++;
        citations += citedArticles.Count;
        rightCitations += citedArticles.Count(a => a == expectedArticleId);
        var hasWord = question.Expect.Any(w => answer.Contains(w, StringComparison.OrdinalIgnoreCase));
        correct += hasWord && citedArticles.Contains(expectedArticleId) ? 1 : 0;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{name}: answer accuracy {Accuracy:P0} ({correct}/{answerable}), citation precision {CitationPrecision:P0} ({rightCitations}/{citations}), unanswerable declined {DeclinedShare:P0} ({declined}/{unanswerable}), overall {Overall:P0}");
}
