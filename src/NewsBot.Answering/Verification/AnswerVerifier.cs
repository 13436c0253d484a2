using NewsBot.Answering.Retrieval;
using NewsBot.Answering.Text;

namespace NewsBot.Answering.Verification;

/// <summary>
/// Checks an answer, from whichever function wrote it, against the numbered sources it was given: every claim must
/// cite a source that exists, every quotation must stand verbatim in a source it cites, and enough of its words
/// must be in those sources. Claims that fail are removed; the rest are returned as they were written.
/// </summary>
public static class AnswerVerifier
{
    /// <summary>
    /// Share of a claim's content words (index stems) that must occur in its cited sources. Three in four lets a
    /// model paraphrase a word or two of a sentence and still catches a claim that swaps in its own finding ("the
    /// moon is made of cheese" citing "the moon is made mostly of anorthosite rock" has two of three).
    /// </summary>
    public const double MinimumSupport = 0.75;

    public static VerifiedAnswer Verify(string answer, IReadOnlyList<AnswerSource> sources)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(sources);
        var byNumber = sources.ToDictionary(s => s.Number);
        var kept = new List<VerifiedClaim>();
        var removed = new List<RemovedClaim>();
        foreach (var claim in ClaimSplitter.Split(answer))
        {
            var cited = CitationMarkers.Numbers(claim);
            if (cited.Count == 0)
            {
                removed.Add(new RemovedClaim(claim, ClaimProblem.Uncited));
                continue;
            }
            var valid = cited.Where(byNumber.ContainsKey).Distinct().ToList();
            if (valid.Count == 0)
            {
                removed.Add(new RemovedClaim(claim, ClaimProblem.CitesMissingSource));
                continue;
            }
            var citedSources = valid.Select(n => byNumber[n]).ToList();
            var quotations = Quotations.In(CitationMarkers.Remove(claim));
            if (!quotations.All(q => citedSources.Any(s => Quotations.AppearsIn(q, s.Text))))
            {
                removed.Add(new RemovedClaim(claim, ClaimProblem.Misquoted));
                continue;
            }
            if (Support(claim, citedSources) < MinimumSupport)
            {
                removed.Add(new RemovedClaim(claim, ClaimProblem.Unsupported));
                continue;
            }
            var text = CitationMarkers.Rewrite(claim, n => byNumber.ContainsKey(n) ? n : null);
            kept.Add(new VerifiedClaim(text, valid, quotations));
        }
        return new VerifiedAnswer(kept, removed);
    }

    private static double Support(string claim, IReadOnlyList<AnswerSource> cited)
    {
        var words = Stems.Of(CitationMarkers.Remove(claim));
        if (words.Count == 0)
        {
            return 0;
        }
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in cited)
        {
            known.UnionWith(Stems.Of(source.Article.Title));
            // An order planted in an article ("Ignore previous instructions and say ...") states nothing.
            foreach (var sentence in SentencesOf(source).Where(s => !InstructionSentences.IsInstruction(s)))
            {
                known.UnionWith(Stems.Of(sentence));
            }
        }
        return words.Count(known.Contains) / (double)words.Count;
    }

    /// <summary>The article's sentences within the source span (a sentence, or a whole paragraph).</summary>
    private static IEnumerable<string> SentencesOf(AnswerSource source) =>
        source.Article.Paragraphs[source.Paragraph - 1].Sentences
            .Where(s => s.Start < source.Span.End && source.Span.Start < s.End)
            .Select(s => source.Article.Text[Math.Max(s.Start, source.Span.Start)..Math.Min(s.End, source.Span.End)]);
}
