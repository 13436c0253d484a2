using System.Text.RegularExpressions;
using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>
/// Reported speech in one sentence: <c>X said (that) ...</c>, <c>X told journalists ...</c>, <c>..., X said</c>,
/// <c>..., said X</c>, <c>According to X, ...</c> and <c>..., according to X</c>.
/// </summary>
internal sealed class IndirectAttributionFinder(CueLexicon cues)
{
    // Fewer words than this after the cue are adjuncts ("on Wednesday", "in a statement"), not the content.
    private const int MinimumContentWords = 3;
    private const int MaximumObjectWords = 5;

    public IEnumerable<(SpeakerMention Mention, Match Cue, TextSpan Content)> Find(
        string text, TextSpan sentence, List<Token> tokens, IReadOnlyList<QuotedPassage> passages, ISet<int> usedCues)
    {
        foreach (var cue in cues.Find(text, sentence.Start, sentence.End))
        {
            if (usedCues.Contains(cue.Index) || passages.Any(p => p.OpenMark < cue.Index && cue.Index < p.CloseMark))
            {
                continue;
            }
            var cueIndex = TokenSearch.FirstAtOrAfter(tokens, cue.Index);
            var afterCue = TokenSearch.FirstAtOrAfter(tokens, cue.Index + cue.Length);
            var found = CueLexicon.IsAccordingTo(cue.Value)
                ? AccordingTo(text, sentence, tokens, cueIndex, afterCue)
                : Verb(text, sentence, tokens, cueIndex, afterCue, passages);
            if (found is { } shown && cues.IsSourcesOnly(cue.Value) && !IsSource(shown.Mention))
            {
                continue; // "Trump showed his anger": only a poll, a study or a report shows what it reports
            }
            if (found is { } statement && statement.Content.Length > 0)
            {
                yield return (statement.Mention, cue, ThroughQuotation(statement.Content, passages));
            }
        }
    }

    private static (SpeakerMention Mention, TextSpan Content)? AccordingTo(string text, TextSpan sentence, List<Token> tokens, int cueIndex, int afterCue)
    {
        var source = SpeakerPhraseParser.After(text, tokens, afterCue, tokens.Count);
        if (source is null)
        {
            return null;
        }
        var sourceEnd = TokenSearch.FirstAtOrAfter(tokens, source.Span.End);
        if (cueIndex == 0 || cueIndex == 1 && tokens[0].IsPunctuation)
        {
            // According to X, content.
            var contentStart = sourceEnd < tokens.Count && tokens[sourceEnd].Text == "," ? sourceEnd + 1 : sourceEnd;
            return contentStart < tokens.Count ? (source, ToSentenceEnd(text, tokens[contentStart].Start, sentence.End)) : null;
        }
        // content, according to X.
        return cueIndex >= 2 && tokens[cueIndex - 1].Text == ","
            ? (source, Trim(text, sentence.Start, tokens[cueIndex - 1].Start))
            : null;
    }

    /// <summary>
    /// 'said the town "will not give up. The dam is strong."': a sentence break inside a quotation is the speaker's, not
    /// the reporter's, so reported speech that opens a quotation runs to its closing mark.
    /// </summary>
    private static TextSpan ThroughQuotation(TextSpan content, IReadOnlyList<QuotedPassage> passages)
    {
        var end = content.End;
        foreach (var passage in passages)
        {
            if (passage.OpenMark >= content.Start && passage.OpenMark < content.End && passage.AfterClose > end)
            {
                end = passage.AfterClose;
            }
        }
        return new TextSpan(content.Start, end);
    }

    private static (SpeakerMention Mention, TextSpan Content)? Verb(string text, TextSpan sentence, List<Token> tokens, int cueIndex, int afterCue,
        IReadOnlyList<QuotedPassage> passages)
    {
        if (cueIndex > 0 && SpeakerLexicon.NotReportingBefore.Contains(tokens[cueIndex - 1].Text))
        {
            return null; // "is said to", "declined to say", "the reports"
        }
        var speaker = SpeakerPhraseParser.Before(text, tokens, cueIndex, 0);
        if (speaker is null && cueIndex > 1 && tokens[cueIndex - 1].Text is "and" or "but")
        {
            // "Trump doubled down on his comments and said the judge ...": the subject of the first verb speaks.
            speaker = SpeakerPhraseParser.Subject(text, tokens);
        }
        if (speaker is null && CueLexicon.IsGerund(tokens[cueIndex].Text) && cueIndex > 0 && tokens[cueIndex - 1].Text == ",")
        {
            // "Clinton rallied supporters, saying the race was close": the clause's subject speaks.
            var subject = SpeakerPhraseParser.Subject(text, tokens);
            var contentAt = SkipToContent(tokens, afterCue, CueLexicon.TakesAudience(tokens[cueIndex].Text));
            return subject is null || contentAt >= tokens.Count ? null : (subject, ToSentenceEnd(text, tokens[contentAt].Start, sentence.End));
        }
        if (speaker is null)
        {
            // content, said X.
            if (cueIndex >= 2 && tokens[cueIndex - 1].Text == ",")
            {
                var inverted = SpeakerPhraseParser.After(text, tokens, afterCue, tokens.Count);
                if (inverted is not null && IsClauseEnd(tokens, TokenSearch.FirstAtOrAfter(tokens, inverted.Span.End)))
                {
                    return (inverted, Trim(text, sentence.Start, tokens[cueIndex - 1].Start));
                }
            }
            return null;
        }
        var contentStart = SkipToContent(tokens, afterCue, CueLexicon.TakesAudience(tokens[cueIndex].Text));
        var wordsAfter = tokens.Skip(contentStart).Count(t => !t.IsPunctuation);
        // 'called the plan "reckless"': however short, words that hold a quotation are what was said, not an adjunct.
        if (contentStart < tokens.Count && (wordsAfter >= MinimumContentWords
            || wordsAfter > 0 && passages.Any(p => p.OpenMark >= tokens[afterCue - 1].End && p.OpenMark < sentence.End)))
        {
            return (speaker, ToSentenceEnd(text, tokens[contentStart].Start, sentence.End));
        }
        // content, X said (on Wednesday).
        var speakerIndex = TokenSearch.FirstAtOrAfter(tokens, speaker.Span.Start);
        if (speakerIndex >= 2 && tokens[speakerIndex - 1].Text == ",")
        {
            return (speaker, Trim(text, sentence.Start, tokens[speakerIndex - 1].Start));
        }
        return null;
    }

    /// <summary>Skips "that", a comma, and for cues like "told" the audience: "told journalists that ...".</summary>
    private static int SkipToContent(List<Token> tokens, int index, bool takesAudience)
    {
        for (var look = index; look < tokens.Count && look - index <= MaximumObjectWords; look++)
        {
            if (tokens[look].IsPunctuation || tokens[look].Text is "and" or "but")
            {
                break;
            }
            if (tokens[look].Text == "that")
            {
                return takesAudience || look == index ? look + 1 : index;
            }
        }
        if (takesAudience && index < tokens.Count)
        {
            if (SpeakerLexicon.Audiences.Contains(tokens[index].Text))
            {
                index++;
            }
            else if (tokens[index].IsCapitalized && !SpeakerLexicon.Pronouns.Contains(tokens[index].Text))
            {
                while (index < tokens.Count && tokens[index].IsCapitalized)
                {
                    index++; // told CNN ..., told The New York Times ...
                }
            }
        }
        while (index < tokens.Count && (tokens[index].Text is "," or ":" || tokens[index].Text == "that"))
        {
            index++;
        }
        return index;
    }

    private static bool IsClauseEnd(List<Token> tokens, int index) => index >= tokens.Count || tokens[index].IsPunctuation;

    private static TextSpan ToSentenceEnd(string text, int start, int sentenceEnd)
    {
        while (start > 0 && text[start - 1] is '"' or '“' or '\'' or '`')
        {
            start--; // reported speech that opens with a quotation holds its quotation marks
        }
        var end = sentenceEnd;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!' or '?' or ',' or ';'))
        {
            end--;
        }
        return new TextSpan(start, end);
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '"' or '“' or '”'))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '"' or '“' or '”'))
        {
            end--;
        }
        return new TextSpan(start, end);
    }

    private static bool IsSource(SpeakerMention mention) =>
        mention.Kind is MentionKind.Description or MentionKind.Organisation
        && SpeakerLexicon.Sources.Contains(mention.Name.Split(' ')[^1]);
}
