using System.Text.RegularExpressions;
using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>
/// Finds who a quotation belongs to: a cue right after it (<c>"...," Peskov told journalists</c>,
/// <c>"...," said Peskov</c>), or a cue before it in its sentence (<c>He said, "..."</c>, or a partial quote:
/// <c>said it was "aware of Russian troop movements"</c>).
/// </summary>
internal sealed class DirectQuoteAttributor(CueLexicon cues)
{
    // How far after a closing mark the attribution may start: ", Kremlin spokesman Dmitry Peskov told".
    private const int MaximumTailTokensBeforeCue = 10;
    private const int MaximumDescriptionWords = 3;

    public (SpeakerMention Mention, Match Cue, bool Partial)? Attribute(Article article, QuotedPassage passage, SentenceIndex sentences, IReadOnlyList<QuotedPassage> passages)
    {
        return AfterQuote(article, passage, sentences, passages) ?? BeforeQuote(article, passage, sentences, passages);
    }

    private (SpeakerMention, Match, bool)? AfterQuote(Article article, QuotedPassage passage, SentenceIndex sentences, IReadOnlyList<QuotedPassage> passages)
    {
        var text = article.Text;
        var (sentence, _) = sentences.At(passage.CloseMark);
        var tailStart = passage.CloseMark + 1;
        var tailEnd = Math.Max(tailStart, sentence.End);
        var next = passages.FirstOrDefault(p => p.OpenMark > passage.CloseMark);
        if (next is not null && next.OpenMark < tailEnd)
        {
            tailEnd = next.OpenMark;
        }
        var tokens = Tokenizer.Tokenize(text, tailStart, tailEnd);
        var first = tokens.Count > 0 && tokens[0].Text == "," ? 1 : 0;
        foreach (var cue in cues.Find(text, tailStart, tailEnd))
        {
            var cueIndex = TokenSearch.FirstAtOrAfter(tokens, cue.Index);
            if (cueIndex - first > MaximumTailTokensBeforeCue)
            {
                break;
            }
            var cueEnd = TokenSearch.FirstAtOrAfter(tokens, cue.Index + cue.Length);
            if (cueIndex == first)
            {
                // "...," said Peskov / "...," according to the ministry
                var after = SpeakerPhraseParser.After(text, tokens, cueEnd, tokens.Count);
                return after is null ? null : (after, cue, false);
            }
            var before = SpeakerPhraseParser.Before(text, tokens, cueIndex, first);
            if (before is null)
            {
                return null;
            }
            var speakerIndex = TokenSearch.FirstAtOrAfter(tokens, before.Span.Start);
            if (speakerIndex == first)
            {
                return (before, cue, false);
            }
            // "...," farmer Jonas Berg said: a few lower-case words before the name describe the speaker.
            var description = tokens.GetRange(first, speakerIndex - first);
            if (description.Count <= MaximumDescriptionWords && description.All(t => !t.IsPunctuation && !t.IsCapitalized)
                && before.Kind == MentionKind.Person)
            {
                var words = text[description[0].Start..description[^1].End];
                return (before with { Role = before.Role is null ? words : words + " " + before.Role }, cue, false);
            }
            return null;
        }
        return null;
    }

    private (SpeakerMention, Match, bool)? BeforeQuote(Article article, QuotedPassage passage, SentenceIndex sentences, IReadOnlyList<QuotedPassage> passages)
    {
        var text = article.Text;
        var (sentence, _) = sentences.At(passage.OpenMark);
        var headStart = sentence.Start;
        var previous = passages.LastOrDefault(p => p.CloseMark < passage.OpenMark);
        if (previous is not null && previous.CloseMark >= headStart)
        {
            headStart = previous.CloseMark + 1;
        }
        if (headStart >= passage.OpenMark)
        {
            return null;
        }
        var lastCue = cues.Find(text, headStart, passage.OpenMark).LastOrDefault();
        if (lastCue is null)
        {
            return null;
        }
        var tokens = Tokenizer.Tokenize(text, headStart, passage.OpenMark);
        var cueIndex = TokenSearch.FirstAtOrAfter(tokens, lastCue.Index);
        var cueEnd = TokenSearch.FirstAtOrAfter(tokens, lastCue.Index + lastCue.Length);
        if (CueLexicon.IsAccordingTo(lastCue.Value))
        {
            var source = SpeakerPhraseParser.After(text, tokens, cueEnd, tokens.Count);
            return source is null ? null : (source, lastCue, false);
        }
        if (cueIndex > 0 && SpeakerLexicon.NotReportingBefore.Contains(tokens[cueIndex - 1].Text))
        {
            return null;
        }
        var speaker = SpeakerPhraseParser.Before(text, tokens, cueIndex, 0);
        if (speaker is null)
        {
            return null;
        }
        // Only punctuation or the audience ("told reporters:") between cue and quote: the quote is the whole statement.
        var between = tokens.Skip(cueEnd).Where(t => !t.IsPunctuation && !SpeakerLexicon.Audiences.Contains(t.Text)).Count();
        return (speaker, lastCue, between > 0);
    }
}
