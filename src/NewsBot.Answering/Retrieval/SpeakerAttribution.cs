using System.Text.RegularExpressions;
using NewsBot.Answering.Questions;
using NewsBot.Answering.Quotes;
using NewsBot.Answering.Text;
using NewsBot.Articles;

namespace NewsBot.Answering.Retrieval;

/// <summary>
/// Who said a sentence. With a quote source, its extracted speaker. Without one, a rule news writing follows: the
/// speaker is named next to a verb of saying ("Peskov told", "said Peskov", "Dmitry Peskov has called") in the
/// sentence, or, when the sentence only has "he added" or is a bare quotation, in the nearest sentence before it
/// (back to <see cref="LookBackParagraphs"/> paragraphs) that names one that way.
/// Use one instance per question: it remembers each article's statements once read, since ranking asks about
/// many sentences of the same few articles (one index query per sentence made that the answer's main cost).
/// </summary>
internal sealed class SpeakerAttribution(IQuoteSource? quotes)
{
    private const int LookBackParagraphs = 3;

    private static readonly string Verbs = string.Join('|', QuestionVocabulary.SpeechVerbs);
    private static readonly Regex NameThenVerb = new(
        @"(?<name>(?:[\p{Lu}][\p{L}'.-]*\s+){0,3}[\p{Lu}][\p{L}'.-]*)\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+)?(?:" + Verbs + @")\b",
        RegexOptions.CultureInvariant);
    private static readonly Regex VerbThenName = new(
        @"\b(?:" + Verbs + @"),?\s+(?<name>[\p{Lu}][\p{L}'.-]*(?:\s+[\p{Lu}][\p{L}'.-]*){0,3})",
        RegexOptions.CultureInvariant);
    private static readonly Regex PronounCue = new(
        @"\b(?:he|she|they|He|She|They)\s+(?:also\s+)?(?:" + Verbs + @")\b", RegexOptions.CultureInvariant);
    private static readonly Regex Quoted = new("\"[^\"]*\"", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, IReadOnlyList<ArchiveQuote>> statements = new(StringComparer.Ordinal);

    public bool HasQuoteSource => quotes is not null;

    /// <summary>True when the sentence reports speech: it quotes, or uses a verb of saying.</summary>
    public static bool IsStatement(string sentence)
    {
        var folded = FoldedText.FoldString(sentence);
        return folded.Contains('"', StringComparison.Ordinal) ||
            Words.Of(folded).Any(w => QuestionVocabulary.SpeechVerbs.Contains(w.Lower));
    }

    /// <summary>The speaker of the sentence at <paramref name="sentence"/>, or null when none can be told.</summary>
    public string? SpeakerOf(Article article, TextSpan sentence)
    {
        if (quotes is not null)
        {
            return StatementsIn(article.Id, quotes)
                .FirstOrDefault(q => q.Span.Start < sentence.End && sentence.Start < q.Span.End)?.Speaker;
        }
        var sentences = article.Paragraphs.SelectMany(p => p.Sentences.Select(s => (Paragraph: p.Number, Span: s))).ToList();
        var index = sentences.FindIndex(s => s.Span.Start <= sentence.Start && sentence.Start < s.Span.End);
        if (index < 0)
        {
            return null;
        }
        var text = article.Text[sentences[index].Span.Start..Math.Max(sentences[index].Span.End, sentence.End)];
        if (NamedSpeaker(text) is { } named)
        {
            return named;
        }
        if (!PronounCue.IsMatch(text) && !FoldedText.FoldString(text).Contains('"', StringComparison.Ordinal))
        {
            return null;
        }
        var firstParagraph = sentences[index].Paragraph - LookBackParagraphs;
        for (var i = index - 1; i >= 0 && sentences[i].Paragraph >= firstParagraph; i--)
        {
            if (NamedSpeaker(article.Text[sentences[i].Span.Start..sentences[i].Span.End]) is { } earlier)
            {
                return earlier;
            }
        }
        return null;
    }

    /// <summary>True when <paramref name="speaker"/> (any part of the name, e.g. the surname) made the statement.</summary>
    public bool IsAttributedTo(Article article, TextSpan sentence, string speaker) =>
        SpeakerOf(article, sentence) is { } found && SameSpeaker(found, speaker);

    /// <summary>"Peskov", "Dmitry Peskov" and "press secretary Dmitry Peskov" are the same person: the last names agree.</summary>
    public static bool SameSpeaker(string found, string asked)
    {
        var foundStems = Stems.SetOf(found);
        var askedStems = Stems.Of(asked);
        return askedStems.Count > 0 && foundStems.Contains(askedStems[^1]);
    }

    private IReadOnlyList<ArchiveQuote> StatementsIn(string articleId, IQuoteSource source)
    {
        if (!statements.TryGetValue(articleId, out var found))
        {
            found = source.InArticle(articleId);
            statements[articleId] = found;
        }
        return found;
    }

    private static string? NamedSpeaker(string sentence)
    {
        // Names inside quotation marks are what was said, not who said it.
        var outside = Quoted.Replace(FoldedText.FoldString(sentence), m => new string(' ', m.Length));
        foreach (var match in new[] { NameThenVerb.Match(outside), VerbThenName.Match(outside) })
        {
            if (match.Success && CleanName(match.Groups["name"].Value) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    private static string? CleanName(string candidate)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => QuestionVocabulary.NotNames.Contains(w.TrimEnd('.', ',')))
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w)
            .ToList();
        return words.Count == 0 || words.All(w => QuestionVocabulary.NotNames.Contains(w)) ? null : string.Join(' ', words);
    }
}
