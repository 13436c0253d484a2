using System.Globalization;
using System.Text;
using NewsBot.Answering.Citations;
using NewsBot.Answering.Questions;
using NewsBot.Answering.Retrieval;
using NewsBot.Articles;

namespace NewsBot.Answering.Extractive;

/// <summary>
/// The answer function that needs no language model: it quotes the archive's own sentences, verbatim, each followed
/// by its [n], with the speaker named where the question asks who. Returns null when nothing answers the question.
/// </summary>
internal static class ExtractiveAnswerer
{
    /// <summary>Sentences scoring this close to the best one also go into the answer; weaker ones would add noise.</summary>
    private const double KeepShareOfBestScore = 0.75;

    public static DraftAnswer? Compose(ParsedQuestion question, IReadOnlyList<CandidateSentence> ranked)
    {
        if (ranked.Count == 0)
        {
            return null;
        }
        var best = ranked[0].Score;
        var chosen = ranked.Where(c => c.Score >= best * KeepShareOfBestScore).Take(MaximumSentences(question.Kind)).ToList();
        var sources = new List<AnswerSource>();
        var text = new StringBuilder();
        foreach (var candidate in chosen)
        {
            var source = new AnswerSource(sources.Count + 1, candidate.Article, candidate.Paragraph, candidate.Span);
            sources.Add(source);
            if (text.Length > 0)
            {
                text.Append(' ');
            }
            text.Append(Lead(question, candidate)).Append(candidate.Text).Append(Marker(source.Number));
        }
        return new DraftAnswer(text.ToString(), sources);
    }

    /// <summary>The answer to a citation look-up, from the finder's verdict; null when the words are not in the archive.</summary>
    public static DraftAnswer? ComposeLookup(ParsedQuestion question, CitationCheck check, Func<string, Article?> articles)
    {
        var sources = new List<AnswerSource>();
        foreach (var match in check.Matches.Take(3))
        {
            if (articles(match.ArticleId) is { } article)
            {
                sources.Add(new AnswerSource(sources.Count + 1, article, match.Paragraph, new TextSpan(match.Start, match.End)));
            }
        }
        if (sources.Count == 0)
        {
            return null;
        }
        var first = check.Matches[0];
        var text = check.Verdict switch
        {
            CitationVerdict.Verbatim => question.Speaker is { } speaker
                ? $"Yes, {speaker} said it: \"{first.Text}\"{Marker(1)}"
                : $"Yes, word for word: \"{first.Text}\"{Marker(1)}",
            CitationVerdict.Misattributed => first.Speaker is { } other
                ? $"The words are in the archive, but {other} said them, not {question.Speaker}: \"{first.Text}\"{Marker(1)}"
                : $"The words are in the archive, but not as {question.Speaker}'s: \"{first.Text}\"{Marker(1)}",
            CitationVerdict.Differs => $"Not word for word; the archive has: \"{first.Text}\"{Marker(1)}",
            CitationVerdict.Stitched => "These words never stand together in the archive; they are pieced together from separate sentences: " +
                string.Join(" … ", sources.Select(s => $"\"{s.Text}\"{Marker(s.Number)}")),
            _ => null,
        };
        return text is null ? null : new DraftAnswer(text, sources);
    }

    private static int MaximumSentences(QuestionKind kind) => kind switch
    {
        QuestionKind.WhatDidSay => 3,
        QuestionKind.WhoSaid => 1,
        _ => 2,
    };

    private static string Lead(ParsedQuestion question, CandidateSentence candidate) =>
        candidate.Speaker is { } speaker &&
        (question.Kind == QuestionKind.WhoSaid ||
         (question.Kind == QuestionKind.WhatDidSay && !SpeakerAttribution.SameSpeaker(candidate.Text, speaker)))
            ? speaker + ": "
            : "";

    private static string Marker(int number) => string.Create(CultureInfo.InvariantCulture, $" [{number}]");
}
