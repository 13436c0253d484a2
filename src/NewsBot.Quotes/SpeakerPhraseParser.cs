using System.Runtime.InteropServices;
using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>
/// Reads the speaker phrase next to a reporting cue: backwards from the cue ("Kremlin spokesman Dmitry Peskov said")
/// or forwards from it ("said Peskov", "according to the Armed Forces of Ukraine"), and splits it into name and role.
/// </summary>
internal static class SpeakerPhraseParser
{
    private const int MaximumBetweenWords = 4;
    private const int MaximumLowercaseModifiers = 3;
    private const int MaximumAppositiveWords = 12;
    private const int MaximumNameWords = 5;

    // Capitalised only because they open the sentence: never part of a speaker's name.
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "In", "On", "At", "After", "Before", "But", "And", "Meanwhile", "However", "Also", "Yesterday", "Today",
        "Later", "Earlier", "Then", "When", "While", "As", "Still", "So", "Now", "Last", "Separately", "Furthermore",
        "Moreover", "Instead", "Since", "During", "Although", "Though", "If", "Because", "Speaking", "Asked",
    };

    public static bool IsSentenceOpener(string word) => SentenceOpeners.Contains(word);

    /// <summary>The speaker phrase that ends just before token <paramref name="cueIndex"/>, not reaching before <paramref name="minIndex"/>.</summary>
    public static SpeakerMention? Before(string text, List<Token> tokens, int cueIndex, int minIndex)
    {
        var i = cueIndex - 1;
        var skipped = 0;
        while (i >= minIndex && skipped < MaximumBetweenWords && (SpeakerLexicon.BetweenSpeakerAndCue.Contains(tokens[i].Text) || IsAdverb(tokens[i])))
        {
            i--;
            skipped++;
        }
        if (i - 2 > minIndex && tokens[i].Text == "," && IsAge(tokens[i - 1]) && tokens[i - 2].Text == ",")
        {
            i -= 3; // "Sarandon, 69, told MSNBC": the age belongs to the name before it
        }
        if (i > minIndex && tokens[i].Text == "," && tokens[i - 1].Text == ")")
        {
            i--; // "Gov. John Kasich (R-Ohio), said": the comma closes the bracketed label, not an appositive
        }
        if (i >= minIndex && tokens[i].Text == ")")
        {
            // "Rep. Gwen Moore (D-Wis.) said": the party and state in brackets belong to the name before them.
            var open = tokens.FindLastIndex(i, Math.Min(i - minIndex + 1, MaximumBetweenWords + 2), t => t.Text == "(");
            i = open - 1;
        }
        if (i < minIndex)
        {
            return null;
        }
        if (tokens[i].Text == ",")
        {
            return BeforeAppositive(text, tokens, i, minIndex);
        }
        var start = PhraseStart(tokens, i, minIndex);
        if (start < 0)
        {
            return null;
        }
        if (start == i && start > minIndex && SpeakerLexicon.Pronouns.Contains(tokens[i].Text) && tokens[start - 1].Text is "what" or "which" or "that")
        {
            return null; // "what it called "a clear threat"": the pronoun belongs to a relative clause, not a speaker
        }
        var mention = Classify(text, CollectionsMarshal.AsSpan(tokens).Slice(start, i - start + 1), opensSentence: start == 0);
        if (mention is { Kind: MentionKind.Organisation } && start - 2 >= minIndex && tokens[start - 1].Text is "of" or "at" && tokens[start - 2].IsCapitalized)
        {
            // "Tom Morgan of the Sierra Club said": the person speaks; the organisation says where from.
            var nameStart = PhraseStart(tokens, start - 2, minIndex);
            var person = nameStart < 0 ? null : Classify(text, CollectionsMarshal.AsSpan(tokens).Slice(nameStart, start - 1 - nameStart), opensSentence: nameStart == 0);
            if (person is { Kind: MentionKind.Person })
            {
                var affiliation = text[tokens[start - 1].Start..tokens[i].End];
                return person with { Role = person.Role is null ? affiliation : person.Role + " " + affiliation };
            }
        }
        if (mention is { Kind: MentionKind.Person } && mention.Name.Contains(' ', StringComparison.Ordinal) && start - 1 > minIndex && tokens[start - 1].Text == ",")
        {
            // "Commander-in-Chief of the Armed Forces of Ukraine, Colonel-General Ruslan Khomchak said"
            var role = AppositiveBefore(text, tokens, start - 1, minIndex);
            if (role is not null)
            {
                mention = mention with { Role = mention.Role is null ? role : role + ", " + mention.Role };
            }
        }
        return mention;
    }

    /// <summary>The speaker phrase that starts at token <paramref name="index"/>: "said Kremlin spokesman Dmitry Peskov".</summary>
    public static SpeakerMention? After(string text, List<Token> tokens, int index, int maxIndex)
    {
        var end = index;
        var sawName = false;
        while (end < maxIndex && end < tokens.Count)
        {
            var token = tokens[end];
            if (token.IsPunctuation)
            {
                break;
            }
            if (end == index && SpeakerLexicon.Pronouns.Contains(token.Text))
            {
                return new SpeakerMention(new TextSpan(token.Start, token.End), token.Text, null, MentionKind.Pronoun);
            }
            var accepted = token.IsCapitalized
                || SpeakerLexicon.Determiners.Contains(token.Text) && !sawName && end == index
                || IsRoleWord(token) && (!sawName || end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)
                || sawName && SpeakerLexicon.NameConnectors.Contains(token.Text) && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized
                || !sawName && end + 1 < tokens.Count && !token.IsCapitalized && end - index < MaximumLowercaseModifiers
                    && (IsRoleWord(tokens[end + 1]) || SpeakerLexicon.Modifiers.Contains(token.Text));
            if (!accepted)
            {
                break;
            }
            sawName |= token.IsCapitalized;
            end++;
            if (token.IsPossessive)
            {
                sawName = false; // "said Putin's spokesman Dmitry Peskov": the possessor is done, the head follows
            }
        }
        if (end == index + 1 && SpeakerLexicon.Determiners.Contains(tokens[index].Text))
        {
            // "read the banner.": a determiner with a short noun phrase that closes the clause describes the speaker.
            var nounEnd = end;
            while (nounEnd < maxIndex && nounEnd < tokens.Count && !tokens[nounEnd].IsPunctuation && nounEnd - end < MaximumLowercaseModifiers)
            {
                nounEnd++;
            }
            if (nounEnd > end && (nounEnd >= tokens.Count || nounEnd >= maxIndex || tokens[nounEnd].IsPunctuation))
            {
                end = nounEnd;
            }
        }
        return end == index ? null : Classify(text, CollectionsMarshal.AsSpan(tokens).Slice(index, end - index), opensSentence: index == 0);
    }

    /// <summary>
    /// The subject that opens a clause, after an introduction such as "On Monday," or "In Iowa,":
    /// the speaker of a gerund ("Clinton rallied supporters, saying ...") or of a colon ("Cruz continued: ...").
    /// </summary>
    public static SpeakerMention? Subject(string text, List<Token> tokens)
    {
        var comma = tokens.FindIndex(t => t.Text == ",");
        if (comma > 0 && comma <= MaximumBetweenWords + 2
            && (SentenceOpeners.Contains(tokens[0].Text) || tokens.Take(comma).Skip(1).All(t => !t.IsCapitalized)))
        {
            // "On Monday, ...", "Hours later, ..." introduce the subject; but in "Clinton spoke in a tweet, saying ..."
            // the words before the comma are the clause itself, so with no subject after the comma, read them.
            return SubjectFrom(text, tokens, comma + 1) ?? SubjectFrom(text, tokens, 0);
        }
        return SubjectFrom(text, tokens, 0);
    }

    private static SpeakerMention? SubjectFrom(string text, List<Token> tokens, int start)
    {
        while (start < tokens.Count && SentenceOpeners.Contains(tokens[start].Text))
        {
            start++;
        }
        var subject = After(text, tokens, start, tokens.Count);
        var next = subject is null ? -1 : TokenSearch.FirstAtOrAfter(tokens, subject.Span.End);
        if (next >= 0 && next < tokens.Count && tokens[next].Text == "(")
        {
            // "Rep. Jane Doe (D-N.Y.) reacted ...": a bracketed party label between subject and verb.
            var close = tokens.FindIndex(next, Math.Min(tokens.Count - next, MaximumBetweenWords + 2), t => t.Text == ")");
            next = close < 0 ? next : close + 1;
        }
        // A subject is followed by its verb, a lower-case word ("Cruz continued", "Trump has").
        return next >= 0 && next < tokens.Count && !tokens[next].IsCapitalized && !tokens[next].IsPunctuation ? subject : null;
    }

    private static bool IsAge(Token token) => token.Text.Length is >= 1 and <= 3 && token.Text.All(char.IsAsciiDigit);

    // "said pleasantly", "firmly denied": lower-case -ly words between speaker and cue.
    private static bool IsAdverb(Token token) =>
        token.Text.Length > 4 && token.Text.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(token.Text[0]);

    /// <summary>
    /// The speaker of a clause that is only a name and its description set apart with commas, which
    /// <see cref="Before"/> reads only when the description is short and holds a title: <c>"...," Mr. Dunn, now 81 and retired in
    /// Ohio, said</c> or <c>Jan Novak, a friend of the mayor who ran her campaign, said: "..."</c> (name first) and
    /// <c>"...," the city spokesman, John Barrow, said</c> or <c>"...," another friend, Maria Lopez told</c> (description first).
    /// <paramref name="first"/> is the clause's first word, <paramref name="cueIndex"/> the cue.
    /// </summary>
    public static SpeakerMention? NameSetApartByCommas(string text, List<Token> tokens, int first, int cueIndex)
    {
        if (cueIndex - first > 2 * MaximumAppositiveWords + MaximumNameWords)
        {
            return null;
        }
        var firstComma = tokens.FindIndex(first, cueIndex - first, t => t.Text == ",");
        if (firstComma <= first || tokens.Skip(first).Take(cueIndex - first).Any(t => t.IsPunctuation && t.Text != ","))
        {
            return null;
        }
        var closed = tokens[cueIndex - 1].Text == ",";
        if (closed && firstComma < cueIndex - 2 && firstComma - first <= MaximumNameWords + MaximumLowercaseModifiers
            && tokens[firstComma - 1].IsCapitalized
            && Classify(text, tokens.GetRange(first, firstComma - first), opensSentence: false) is { Kind: MentionKind.Person } named)
        {
            // Name first ("the economist Jan Novak, a former adviser, wrote"): everything between its comma and the cue's comma describes it.
            var appositive = StripDeterminer(text, tokens.GetRange(firstComma + 1, cueIndex - 2 - firstComma));
            // A title written into the name ("Mr. Dunn") is not a description; a lower-case one ("the economist") is.
            var described = named.Role is not null && tokens.Skip(first).Take(firstComma - first).Any(t => !t.IsCapitalized);
            return named with { Role = described ? named.Role + ", " + appositive : appositive };
        }
        var nameEnd = closed ? cueIndex - 2 : cueIndex - 1;
        var lastComma = tokens.FindLastIndex(nameEnd, nameEnd - first + 1, t => t.Text == ",");
        if (lastComma != firstComma || nameEnd - lastComma > MaximumNameWords || lastComma - first > MaximumAppositiveWords)
        {
            return null;
        }
        var description = tokens.GetRange(first, lastComma - first);
        var name = tokens.GetRange(lastComma + 1, nameEnd - lastComma);
        var describes = SpeakerLexicon.Determiners.Contains(description[0].Text) || description.Any(IsRoleWord)
            || description.Any(t => t.Text.EndsWith("'s", StringComparison.Ordinal) || t.Text.EndsWith("’s", StringComparison.Ordinal));
        return describes && name.All(t => t.IsCapitalized) && Classify(text, name, opensSentence: false) is { Kind: MentionKind.Person } person
            ? person with { Role = StripDeterminer(text, description) }
            : null;
    }

    private static bool IsRoleWord(Token token) =>
        SpeakerLexicon.Titles.Contains(token.Text) || SpeakerLexicon.SpeakerNouns.Contains(token.Text);

    /// <summary>"Dmitry Peskov, the Kremlin spokesman, said": the name before the appositive, the appositive as role.</summary>
    private static SpeakerMention? BeforeAppositive(string text, List<Token> tokens, int closingComma, int minIndex)
    {
        var openingComma = closingComma - 1;
        while (openingComma > minIndex && tokens[openingComma].Text != "," && closingComma - openingComma <= MaximumAppositiveWords)
        {
            openingComma--;
        }
        if (openingComma <= minIndex || tokens[openingComma].Text != "," || openingComma + 1 >= closingComma)
        {
            return null;
        }
        var appositive = tokens.GetRange(openingComma + 1, closingComma - openingComma - 1);
        var nameEnd = openingComma - 1;
        if (appositive.All(t => t.IsCapitalized) && appositive.Count is >= 2 and <= MaximumNameWords)
        {
            // "Carson's business manager, Armstrong Williams, stated": the name is the appositive, the phrase before it the role.
            var roleStart = PhraseStart(tokens, nameEnd, minIndex);
            var named = Classify(text, appositive, opensSentence: false);
            if (roleStart >= 0 && named is { Kind: MentionKind.Person } && tokens.GetRange(roleStart, nameEnd - roleStart + 1).Any(IsRoleWord))
            {
                return named with { Role = StripDeterminer(text, tokens.GetRange(roleStart, nameEnd - roleStart + 1)) };
            }
            return null;
        }
        // A title ("the Kremlin spokesman") or a relative clause ("who is an actor") describes the name before it.
        var describes = appositive.Any(t => SpeakerLexicon.Titles.Contains(t.Text)) || appositive[0].Text is "who";
        if (!describes)
        {
            return null;
        }
        var start = PhraseStart(tokens, nameEnd, minIndex);
        if (start < 0)
        {
            return null;
        }
        var mention = Classify(text, CollectionsMarshal.AsSpan(tokens).Slice(start, nameEnd - start + 1));
        if (mention is not { Kind: MentionKind.Person })
        {
            return mention;
        }
        if (appositive[0].Text is "who")
        {
            return mention;
        }
        var role = StripDeterminer(text, appositive);
        return mention with { Role = mention.Role is null ? role : mention.Role + ", " + role };
    }

    private static string? AppositiveBefore(string text, List<Token> tokens, int comma, int minIndex)
    {
        var start = comma - 1;
        while (start > minIndex && tokens[start - 1].Text != "," && comma - start < MaximumAppositiveWords)
        {
            start--;
        }
        if (start >= comma)
        {
            return null;
        }
        var segment = tokens.GetRange(start, comma - start);
        return segment.Any(t => SpeakerLexicon.Titles.Contains(t.Text)) ? StripDeterminer(text, segment) : null;
    }

    /// <summary>Walks back from <paramref name="last"/> over the words a speaker phrase can hold; -1 when it holds none.</summary>
    private static int PhraseStart(List<Token> tokens, int last, int minIndex)
    {
        var head = tokens[last];
        if (SpeakerLexicon.Pronouns.Contains(head.Text))
        {
            return last;
        }
        if (!head.IsCapitalized && !IsRoleWord(head))
        {
            return -1;
        }
        var start = last;
        var lowercaseModifiers = 0;
        for (var j = last - 1; j >= minIndex; j--)
        {
            var token = tokens[j];
            if (token.IsPunctuation)
            {
                break;
            }
            if (SpeakerLexicon.Determiners.Contains(token.Text) && !token.IsCapitalized)
            {
                start = j;
                break;
            }
            if (token.IsCapitalized)
            {
                start = j;
                continue;
            }
            if (SpeakerLexicon.NameConnectors.Contains(token.Text) && j - 1 >= minIndex && tokens[j - 1].IsCapitalized && tokens[j + 1].IsCapitalized)
            {
                start = j;
                continue;
            }
            if (IsRoleWord(token) || lowercaseModifiers < MaximumLowercaseModifiers
                && (IsRoleWord(tokens[j + 1]) && IsModifier(token) || SpeakerLexicon.Modifiers.Contains(token.Text)))
            {
                lowercaseModifiers++;
                start = j;
                continue;
            }
            break;
        }
        while (start < last && (SentenceOpeners.Contains(tokens[start].Text) || SpeakerLexicon.BetweenSpeakerAndCue.Contains(tokens[start].Text)))
        {
            start++;
        }
        return start;
    }

    // Adjectives such as "senior", "former", "top" sit before a role noun; verbs and prepositions do not.
    private static bool IsModifier(Token token) =>
        token.Text.Length > 2 && !token.Text.EndsWith("ed", StringComparison.Ordinal) && !SpeakerLexicon.NameConnectors.Contains(token.Text)
        && !SpeakerLexicon.NotReportingBefore.Contains(token.Text) && !SpeakerLexicon.BetweenSpeakerAndCue.Contains(token.Text);

    /// <summary>Splits a speaker phrase into name and role and decides what kind of speaker it is.</summary>
    public static SpeakerMention? Classify(string text, List<Token> phrase, bool opensSentence = true) =>
        Classify(text, CollectionsMarshal.AsSpan(phrase), opensSentence);

    /// <summary>As above, on a slice of a sentence's tokens: called for every cue and name, so it copies nothing.</summary>
    public static SpeakerMention? Classify(string text, ReadOnlySpan<Token> phrase, bool opensSentence = true)
    {
        if (phrase.Length == 0)
        {
            return null;
        }
        var span = new TextSpan(phrase[0].Start, phrase[^1].End);
        if (phrase.Length == 1 && SpeakerLexicon.Pronouns.Contains(phrase[0].Text))
        {
            return new SpeakerMention(span, phrase[0].Text, null, MentionKind.Pronoun);
        }
        var possessor = -1;
        for (var p = phrase.Length - 2; p >= 0 && possessor < 0; p--)
        {
            possessor = phrase[p].IsPossessive ? p : -1;
        }
        string? owner = null;
        var head = phrase;
        if (possessor >= 0)
        {
            owner = OwnerName(text, phrase[..(possessor + 1)]);
            head = phrase[(possessor + 1)..];
        }
        var hadDeterminer = false;
        // A capital "The" inside a sentence is part of a title ("On March 31, The New York Times reported").
        while (head.Length > 1 && SpeakerLexicon.Determiners.Contains(head[0].Text) && !(head[0].Text == "The" && !opensSentence && possessor < 0 && !hadDeterminer))
        {
            head = head[1..];
            hadDeterminer = true;
        }
        var lastTitle = -1;
        for (var t = head.Length - 1; t >= 0 && lastTitle < 0; t--)
        {
            lastTitle = SpeakerLexicon.Titles.Contains(head[t].Text) || SpeakerLexicon.Titles.Contains(head[t].WithoutPossessive) ? t : -1;
        }
        var nameTokens = head[(lastTitle + 1)..];
        var roleTokens = head[..(lastTitle + 1)];
        var ownerSuffix = owner is null ? "" : " to " + owner;
        if (nameTokens.Length == 0 || Any(nameTokens, t => !t.IsCapitalized && !SpeakerLexicon.NameConnectors.Contains(t.Text)))
        {
            if (!Any(head, t => !t.IsCapitalized && !SpeakerLexicon.NameConnectors.Contains(t.Text)) && Any(head, IsOrganisationWord))
            {
                return new SpeakerMention(span, Join(text, head), null, MentionKind.Organisation);
            }
            return new SpeakerMention(span, Join(text, head) + ownerSuffix, null, MentionKind.Description);
        }
        if (Any(nameTokens, t => t.Text is "and" or "&"))
        {
            return new SpeakerMention(span, Join(text, head), null, MentionKind.Description); // "Georgia and Virginia": a group
        }
        if (Any(nameTokens, IsOrganisationWord) || nameTokens.Length > MaximumNameWords
            || lastTitle < 0 && hadDeterminer
            || nameTokens.Length == 1 && IsAcronym(nameTokens[0].Text))
        {
            return new SpeakerMention(span, Join(text, head), null, MentionKind.Organisation);
        }
        var role = roleTokens.Length == 0 ? null : Join(text, roleTokens) + ownerSuffix;
        return new SpeakerMention(span, Join(text, nameTokens), role, MentionKind.Person);
    }

    private static bool Any(ReadOnlySpan<Token> tokens, Func<Token, bool> test)
    {
        foreach (var token in tokens)
        {
            if (test(token))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsOrganisationWord(Token token) => SpeakerLexicon.OrganisationWords.Contains(token.WithoutPossessive);

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '.');

    private static string OwnerName(string text, ReadOnlySpan<Token> owner)
    {
        var last = owner[^1];
        var trimmed = owner[..^1];
        var ownerText = (trimmed.Length > 0 ? Join(text, trimmed) + " " : "") + last.WithoutPossessive;
        return StripLeadingDeterminer(ownerText);
    }

    private static string StripDeterminer(string text, List<Token> tokens) => StripLeadingDeterminer(Join(text, tokens));

    private static string StripLeadingDeterminer(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && SpeakerLexicon.Determiners.Contains(value[..space]) ? value[(space + 1)..] : value;
    }

    private static string Join(string text, List<Token> tokens) => text[tokens[0].Start..tokens[^1].End];

    private static string Join(string text, ReadOnlySpan<Token> tokens) => text[tokens[0].Start..tokens[^1].End];
}
