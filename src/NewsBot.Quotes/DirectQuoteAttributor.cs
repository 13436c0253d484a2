using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>
/// Finds who a quotation belongs to: a cue right after it (<c>"...," Peskov told journalists</c>,
/// <c>"...," said Peskov</c>, <c>"...," the gambling tycoon told Reuters</c>), or before it in its sentence
/// (<c>He said, "..."</c>, <c>Cruz continued: "..."</c> even when the quote opens the next paragraph,
/// a partial quote <c>said it was "aware of Russian troop movements"</c>, or a gerund
/// <c>Clinton rallied supporters, saying: "..."</c>).
/// </summary>
internal sealed class DirectQuoteAttributor(CueLexicon cues)
{
    // How far after a closing mark the attribution may start: ", Kremlin spokesman Dmitry Peskov told".
    private const int MaximumTailTokensBeforeCue = 10;
    private const int MaximumDescriptionWords = 3;
    private const int MaximumDescribedSpeakerWords = 5;
    private const int MaximumHeadlineSpeakerWords = 5;
    // "Kremlin spokesman Dmitry Peskov told reporters on Wednesday." is about 60 characters.
    private const int MaximumBareAttributionLength = 90;

    // Words before a quote-first quotation that make its sentence a mixed statement rather than an opening quote.
    private const int MinimumLeadingWords = 2;

    public DirectAttribution? Attribute(Article article, QuotedPassage passage, SentenceIndex sentences, IReadOnlyList<QuotedPassage> passages)
    {
        var after = AfterQuote(article, passage, sentences, passages);
        if (after is null)
        {
            return BeforeQuote(article, passage, sentences, passages);
        }
        var (headStart, headEnd) = Head(article.Text, passage, sentences, passages);
        var head = Tokenizer.Tokenize(article.Text, headStart, headEnd);
        var leading = head.Count(t => !t.IsPunctuation);
        // "His verdict: "It is good," he said.": words that introduce the quote with a colon are not part of the statement.
        var introduced = head.Count > 0 && head[^1].Text == ":";
        return leading >= MinimumLeadingWords && !introduced && !cues.Find(article.Text, headStart, headEnd, quotesToo: true).Any()
            ? after with { Statement = new TextSpan(headStart, passage.AfterClose) }
            : after;
    }

    /// <summary>The part of the quote's sentence before its opening mark, after any earlier quotation.</summary>
    private static (int Start, int End) Head(string text, QuotedPassage passage, SentenceIndex sentences, IReadOnlyList<QuotedPassage> passages)
    {
        var (sentence, _) = sentences.At(passage.OpenMark);
        var start = sentence.Start;
        var previous = passages.LastOrDefault(p => p.CloseMark < passage.OpenMark);
        if (previous is not null && previous.CloseMark >= start)
        {
            start = previous.AfterClose;
        }
        while (start < passage.OpenMark && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        return (start, Math.Max(start, passage.OpenMark));
    }

    private DirectAttribution? AfterQuote(Article article, QuotedPassage passage, SentenceIndex sentences, IReadOnlyList<QuotedPassage> passages)
    {
        var text = article.Text;
        var (sentence, _) = sentences.At(passage.CloseMark);
        var tailStart = passage.AfterClose;
        var tailEnd = Math.Max(tailStart, sentence.End);
        if (string.IsNullOrWhiteSpace(text[tailStart..tailEnd]) && passage.Content.End > 0 && text[passage.Content.End - 1] is '?' or '!' or '.'
            && tailEnd + 1 < text.Length && sentences.At(tailEnd + 1) is var (following, _)
            && following.Start > sentence.Start && following.Start - tailEnd <= 1
            && (text[passage.Content.End - 1] != '.' || IsBareAttribution(text, following)))
        {
            // '"Can we win Illinois?" Mr. Manafort asked.' ends a sentence at the question mark: the attribution follows it.
            // So does '"We are ready." Mr. Novak said.', when that sentence says nothing of its own.
            tailEnd = following.End;
        }
        var next = passages.FirstOrDefault(p => p.OpenMark > passage.CloseMark);
        if (next is not null && next.OpenMark < tailEnd)
        {
            tailEnd = next.OpenMark;
        }
        var tokens = Tokenizer.Tokenize(text, tailStart, tailEnd);
        var first = tokens.Count > 0 && tokens[0].Text == "," ? 1 : 0;
        foreach (var cue in cues.Find(text, tailStart, tailEnd, quotesToo: true).Where(c => !cues.IsSourcesOnly(c.Value)))
        {
            var cueIndex = TokenSearch.FirstAtOrAfter(tokens, cue.Index);
            var cueSpan = new TextSpan(cue.Index, cue.Index + cue.Length);
            if (cueIndex - first > MaximumTailTokensBeforeCue)
            {
                return Appositive(text, tokens, first, cueIndex, cueSpan);
            }
            var cueEnd = TokenSearch.FirstAtOrAfter(tokens, cueSpan.End);
            if (cueIndex == first)
            {
                // "...," said Peskov / "...," according to the ministry
                if (CueLexicon.IsAccordingTo(cue.Value) && !OpensWithCapital(text, passage) && !OpensItsSentence(text, passage, sentences))
                {
                    // 'voters who are "very liberal," according to the poll': a fragment inside a clause belongs to the
                    // reported statement around it, which the indirect finder reads with its partial quotes.
                    return null;
                }
                var after = SpeakerPhraseParser.After(text, tokens, cueEnd, tokens.Count);
                return after is null ? null : new DirectAttribution(after, cueSpan, false);
            }
            var between = tokens.GetRange(first, cueIndex - first);
            var before = SpeakerPhraseParser.Before(text, tokens, cueIndex, first);
            var speakerIndex = before is null ? cueIndex : TokenSearch.FirstAtOrAfter(tokens, before.Span.Start);
            if (before is not null && speakerIndex == first)
            {
                return new DirectAttribution(before, cueSpan, false); // also "...," Michael Briggs, a spokesman, said
            }
            if (between.Any(t => t.IsPunctuation))
            {
                return Appositive(text, tokens, first, cueIndex, cueSpan);
            }
            if (before is { Kind: MentionKind.Person } && speakerIndex - first <= MaximumDescriptionWords && between.Take(speakerIndex - first).All(t => !t.IsCapitalized))
            {
                // "...," farmer Jonas Berg said: a few lower-case words before the name describe the speaker.
                var words = text[tokens[first].Start..tokens[speakerIndex - 1].End];
                return new DirectAttribution(before with { Role = before.Role is null ? words : words + " " + before.Role }, cueSpan, false);
            }
            // "...," the gambling tycoon told Reuters: right after a quote, a short phrase opened by a determiner (or a
            // possessive: "Ryan's office said") is the speaker.
            if (between.Count > MaximumDescribedSpeakerWords || !SpeakerLexicon.Determiners.Contains(between[0].Text) && !between[0].IsPossessive
                || between.Any(t => SpeakerLexicon.NameConnectors.Contains(t.Text) && t.Text != "the"))
            {
                return null;
            }
            var described = SpeakerPhraseParser.Classify(text, between, opensSentence: false);
            return described is null ? null : new DirectAttribution(described, cueSpan, false);
        }
        return null;
    }

    /// <summary>"Mr. Novak said on Monday.": a sentence that is only a speaker and a cue, with no reported words after the cue.</summary>
    private bool IsBareAttribution(string text, TextSpan sentence)
    {
        if (sentence.Length > MaximumBareAttributionLength)
        {
            return false; // most sentences after a quote are narrative; the length spares reading them for a cue
        }
        var cue = cues.Find(text, sentence.Start, sentence.End).FirstOrDefault();
        if (cue is null || CueLexicon.IsAccordingTo(cue.Value))
        {
            return false;
        }
        var before = Tokenizer.Tokenize(text, sentence.Start, cue.Index);
        var after = Tokenizer.Tokenize(text, cue.Index + cue.Length, sentence.End);
        return before.Count is > 0 and <= MaximumTailTokensBeforeCue && after.Count(t => !t.IsPunctuation) < MinimumLeadingWords + 1;
    }

    private static DirectAttribution? Appositive(string text, List<Token> tokens, int first, int cueIndex, TextSpan cueSpan) =>
        SpeakerPhraseParser.NameSetApartByCommas(text, tokens, first, cueIndex) is { } speaker
            ? new DirectAttribution(speaker, cueSpan, false)
            : null;

    private DirectAttribution? BeforeQuote(Article article, QuotedPassage passage, SentenceIndex sentences, IReadOnlyList<QuotedPassage> passages)
    {
        var text = article.Text;
        var (_, paragraph) = sentences.At(passage.OpenMark);
        var (headStart, headEnd) = Head(text, passage, sentences, passages);
        var previous = passages.LastOrDefault(p => p.CloseMark < passage.OpenMark);
        if (headStart == headEnd && paragraph > 1 && headStart == article.Paragraphs[paragraph - 1].Span.Start)
        {
            // A quote that opens its paragraph, after a paragraph ending "Cruz continued:".
            var before = article.Paragraphs[paragraph - 2];
            if (!before.Text.EndsWith(':'))
            {
                return null;
            }
            var lastSentence = before.Sentences[^1];
            headStart = Math.Max(lastSentence.Start, previous is not null && previous.CloseMark >= lastSentence.Start ? previous.CloseMark + 1 : 0);
            headEnd = lastSentence.End;
        }
        if (headStart >= headEnd)
        {
            return null;
        }
        var tokens = Tokenizer.Tokenize(text, headStart, headEnd);
        var byCue = ByCue(text, tokens, headStart, headEnd, passage);
        if (byCue is null && previous is not null && headStart - previous.AfterClose <= 1)
        {
            byCue = GerundAfterQuote(article, tokens, headStart, headEnd, previous, sentences, passages)
                ?? ResumedAfterAttribution(article, passage, previous, sentences, passages);
        }
        return byCue is null ? Colon(text, tokens) : Mixed(text, byCue, tokens, passage, sentences);
    }

    /// <summary>
    /// "“...,” Graham said, adding, “...”": a gerund right after a quote of the same sentence has no subject of its own;
    /// it is spoken by that quote's speaker, with its own cue.
    /// </summary>
    private DirectAttribution? GerundAfterQuote(Article article, List<Token> tokens, int headStart, int headEnd, QuotedPassage previous,
        SentenceIndex sentences, IReadOnlyList<QuotedPassage> passages)
    {
        var (sentence, _) = sentences.At(previous.CloseMark);
        if (headStart < sentence.Start || headStart >= sentence.End)
        {
            return null;
        }
        var gerund = cues.Find(article.Text, headStart, headEnd, quotesToo: true).LastOrDefault(c => CueLexicon.IsGerund(c.Value));
        if (gerund is null)
        {
            return null;
        }
        var cueIndex = TokenSearch.FirstAtOrAfter(tokens, gerund.Index);
        var cueEnd = TokenSearch.FirstAtOrAfter(tokens, gerund.Index + gerund.Length);
        if (tokens.Take(cueIndex).Any(t => !t.IsPunctuation) || tokens.Skip(cueEnd).Any(t => !t.IsPunctuation))
        {
            return null;
        }
        var earlier = Attribute(article, previous, sentences, passages);
        return earlier is null ? null : new DirectAttribution(earlier.Mention, new TextSpan(gerund.Index, gerund.Index + gerund.Length), false);
    }

    /// <summary>
    /// "“We are ready,” said the mayor, “and the dam will hold.”": a quotation that resumes in the same sentence after the
    /// attribution of the quotation before it is the rest of that statement, with the same speaker and cue.
    /// </summary>
    private DirectAttribution? ResumedAfterAttribution(Article article, QuotedPassage passage, QuotedPassage previous,
        SentenceIndex sentences, IReadOnlyList<QuotedPassage> passages)
    {
        var earlier = AfterQuote(article, previous, sentences, passages);
        return earlier is not null && earlier.Cue.Start >= previous.AfterClose && earlier.Cue.End <= passage.OpenMark
            ? earlier with { Partial = false, Statement = null }
            : null;
    }

    /// <summary>
    /// A speaker-first quote can still be part of a larger statement: <c>Obama said "it gets me mad" every time ...</c>
    /// goes on after the quote, and <c>Heavy investment, Ms. Tanzer said, "is a perfect example"</c> starts before the
    /// speaker. Such statements are reported whole as well.
    /// </summary>
    private static DirectAttribution Mixed(string text, DirectAttribution attribution, List<Token> head, QuotedPassage passage, SentenceIndex sentences)
    {
        if (attribution.Partial)
        {
            return attribution;
        }
        var (closing, _) = sentences.At(passage.CloseMark);
        var trailing = Tokenizer.Tokenize(text, passage.AfterClose, Math.Max(passage.AfterClose, closing.End)).Count(t => !t.IsPunctuation);
        // "said of the episode, "I don't like it," adding that ...": a full sentence introduced by a comma or colon stays
        // the whole quotation even when another clause follows it.
        var introduced = head.Count > 0 && head[^1].Text is "," or ":" && OpensWithCapital(text, passage);
        if (trailing >= MinimumLeadingWords && head.Count > 0 && head[0].Start <= attribution.Mention.Span.Start && !introduced)
        {
            return attribution with { Partial = true };
        }
        var speakerIndex = TokenSearch.FirstAtOrAfter(head, attribution.Mention.Span.Start);
        var leading = head.Take(speakerIndex).Count(t => !t.IsPunctuation);
        // "Holding open a book, Beck said, "I just ..."": a quotation that opens with a capital is a sentence of its own,
        // and the words before the speaker only set the scene.
        if (speakerIndex > 0 && speakerIndex < head.Count && head[speakerIndex - 1].Text == "," && leading >= MinimumLeadingWords + 1
            && !OpensWithCapital(text, passage)
            && !SpeakerPhraseParser.IsSentenceOpener(head[0].Text) && head.Take(speakerIndex - 1).All(t => t.Text != ","))
        {
            return attribution with { Statement = new TextSpan(head[0].Start, passage.AfterClose) };
        }
        return attribution;
    }

    private DirectAttribution? ByCue(string text, List<Token> tokens, int headStart, int headEnd, QuotedPassage passage)
    {
        var lastCue = cues.Find(text, headStart, headEnd, quotesToo: true).LastOrDefault(c => !cues.IsSourcesOnly(c.Value));
        if (lastCue is null)
        {
            return null;
        }
        var cueSpan = new TextSpan(lastCue.Index, lastCue.Index + lastCue.Length);
        var cueIndex = TokenSearch.FirstAtOrAfter(tokens, cueSpan.Start);
        var cueEnd = TokenSearch.FirstAtOrAfter(tokens, cueSpan.End);
        if (CueLexicon.IsAccordingTo(lastCue.Value))
        {
            var source = SpeakerPhraseParser.After(text, tokens, cueEnd, tokens.Count);
            var sourceEnd = source is null ? 0 : TokenSearch.FirstAtOrAfter(tokens, source.Span.End);
            // "According to Trump, he is now "the worst thing ..."": words between source and quote make it partial.
            return source is null ? null : new DirectAttribution(source, cueSpan, tokens.Skip(sourceEnd).Any(t => !t.IsPunctuation));
        }
        if (cueIndex > 0 && SpeakerLexicon.NotReportingBefore.Contains(tokens[cueIndex - 1].Text))
        {
            return null;
        }
        var speaker = SpeakerPhraseParser.Before(text, tokens, cueIndex, 0);
        var setApart = speaker is null ? SpeakerPhraseParser.NameSetApartByCommas(text, tokens, 0, cueIndex) : null;
        if (speaker is null && setApart is null && tokens.Count > 0 && SpeakerPhraseParser.IsSentenceOpener(tokens[0].Text)
            && tokens.FindIndex(0, cueIndex, t => t.Text == ",") is var opening and > 0)
        {
            // "On Sunday, Trump, who has millions of followers, tweeted, "..."": the name follows the sentence's opening phrase.
            setApart = SpeakerPhraseParser.NameSetApartByCommas(text, tokens, opening + 1, cueIndex);
        }
        if (speaker is null && CueLexicon.IsGerund(lastCue.Value) && cueIndex > 0 && tokens[cueIndex - 1].Text is "," or "by"
            || speaker is null && cueIndex > 1 && tokens[cueIndex - 1].Text is "and" or "but")
        {
            // "Clinton rallied supporters, saying: ...", "began by saying", "met the families and said: ...": the clause's subject.
            speaker = SpeakerPhraseParser.Subject(text, tokens);
        }
        speaker ??= setApart;
        if (speaker is null)
        {
            return null;
        }
        // Only punctuation or the audience ("told reporters:") between cue and quote: the quote is the whole statement.
        // So is a full sentence introduced by a comma or colon: "told CBS, "We are ..."", "said in a statement: "The ...".
        var between = tokens.Skip(cueEnd).Count(t => !t.IsPunctuation && !SpeakerLexicon.Audiences.Contains(t.Text));
        if (between > 0 && tokens[^1].Text is "," or ":" && OpensWithCapital(text, passage))
        {
            between = 0;
        }
        // "calling him "a total failure"": a person run straight into a quotation that carries on the clause in lower case
        // is the object of a statement the quotation completes; only cues like "told" take an audience before a quotation.
        var objectWords = tokens.Skip(cueEnd).Count(t => !t.IsPunctuation);
        if (between == 0 && objectWords > 0 && !CueLexicon.TakesAudience(lastCue.Value) && tokens[^1].Text is not ("," or ":") && !OpensWithCapital(text, passage))
        {
            between = objectWords;
        }
        if (between > 0 && (cues.IsQuotesOnly(lastCue.Value) || speaker == setApart))
        {
            // "Jan Novak, a friend of the mayor, said "...": a name set apart by commas speaks only a quote that follows the cue
            // directly; with words between them the quote is part of reported speech, which reads only short descriptions.
            return null;
        }
        return new DirectAttribution(speaker, cueSpan, between > 0);
    }

    /// <summary>"The headline reads: ..." has a cue; "Cruz called them on it: ..." has only its colon and its subject.</summary>
    private static DirectAttribution? Colon(string text, List<Token> tokens)
    {
        if (tokens.Count < 2 || tokens[^1].Text != ":")
        {
            return null;
        }
        var subject = SpeakerPhraseParser.Subject(text, tokens);
        if (subject is null && tokens.Count - 1 <= MaximumHeadlineSpeakerWords)
        {
            // "Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’": a headline names its speaker alone.
            subject = SpeakerPhraseParser.Classify(text, tokens.GetRange(0, tokens.Count - 1));
        }
        return subject is { Kind: MentionKind.Person or MentionKind.Organisation or MentionKind.Pronoun }
            ? new DirectAttribution(subject, new TextSpan(tokens[^1].Start, tokens[^1].End), false)
            : null;
    }

    private static bool OpensItsSentence(string text, QuotedPassage passage, SentenceIndex sentences)
    {
        var (sentence, _) = sentences.At(passage.OpenMark);
        return string.IsNullOrWhiteSpace(text[sentence.Start..passage.OpenMark]);
    }

    /// <summary>True when the quotation starts a sentence of its own ("We are ready") rather than continuing one ("is ready").</summary>
    private static bool OpensWithCapital(string text, QuotedPassage passage)
    {
        var first = passage.Content.Start;
        while (first < passage.Content.End && !char.IsLetterOrDigit(text[first]))
        {
            first++;
        }
        return first < passage.Content.End && char.IsUpper(text[first]);
    }
}
