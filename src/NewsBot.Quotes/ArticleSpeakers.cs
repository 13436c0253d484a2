using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>
/// The people and organisations one article names, in reading order, so that a later "Peskov", "he added" or
/// "the spokesman" resolves to the full name given earlier.
/// </summary>
internal sealed class ArticleSpeakers
{
    private readonly List<(int Position, ResolvedSpeaker Speaker)> named = [];
    private ResolvedSpeaker? lastPersonSpeaker;
    private ResolvedSpeaker? lastOrganisationSpeaker;

    /// <summary>Learns every titled or multi-word name in the article, so speakers named before they speak resolve.</summary>
    public static ArticleSpeakers Scan(Article article, SentenceIndex sentences)
    {
        var speakers = new ArticleSpeakers();
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var sentence in paragraph.Sentences)
            {
                var tokens = sentences.TokensOf(sentence);
                for (var i = 0; i < tokens.Count; i++)
                {
                    // The end of a run of capitalised words: read it as a speaker phrase, with its role words.
                    if (!tokens[i].IsCapitalized || i + 1 < tokens.Count && tokens[i + 1].IsCapitalized)
                    {
                        continue;
                    }
                    // Only a name of two words or more is learnt, so a lone capitalised word ("The", "He") is not parsed.
                    if (i == 0 || !tokens[i - 1].IsCapitalized && !SpeakerLexicon.NameConnectors.Contains(tokens[i - 1].Text))
                    {
                        continue;
                    }
                    var mention = SpeakerPhraseParser.Before(article.Text, tokens, i + 1, 0);
                    if (mention is { Kind: MentionKind.Person } && mention.Name.Contains(' ', StringComparison.Ordinal))
                    {
                        speakers.named.Add((mention.Span.Start, new ResolvedSpeaker(mention.Name, mention.Role, MentionKind.Person)));
                    }
                }
            }
        }
        return speakers;
    }

    /// <summary>Resolves a mention at its place in the article and remembers it as the latest speaker of its kind.</summary>
    public ResolvedSpeaker Resolve(SpeakerMention mention)
    {
        var resolved = mention.Kind switch
        {
            MentionKind.Pronoun => ResolvePronoun(mention),
            MentionKind.Person => ResolveName(mention),
            MentionKind.Description => ResolveDescription(mention),
            _ => new ResolvedSpeaker(mention.Name, mention.Role, mention.Kind),
        };
        Remember(mention.Span.Start, resolved);
        return resolved;
    }

    /// <summary>The speaker of the latest quote, for a quotation that continues without a new attribution.</summary>
    public ResolvedSpeaker? LastSpeaker { get; private set; }

    private void Remember(int position, ResolvedSpeaker speaker)
    {
        LastSpeaker = speaker;
        if (speaker.Kind == MentionKind.Person)
        {
            lastPersonSpeaker = speaker;
            if (speaker.Name.Contains(' ', StringComparison.Ordinal))
            {
                named.Add((position, speaker));
            }
        }
        else if (speaker.Kind == MentionKind.Organisation)
        {
            lastOrganisationSpeaker = speaker;
        }
    }

    private ResolvedSpeaker ResolvePronoun(SpeakerMention mention)
    {
        var pronoun = mention.Name.ToLowerInvariant();
        ResolvedSpeaker? antecedent = pronoun switch
        {
            "he" or "she" => lastPersonSpeaker ?? LastNamedBefore(mention.Span.Start),
            "it" => lastOrganisationSpeaker,
            "they" => lastOrganisationSpeaker ?? lastPersonSpeaker,
            _ => null,
        };
        return antecedent ?? new ResolvedSpeaker(mention.Name, null, MentionKind.Pronoun);
    }

    private ResolvedSpeaker ResolveName(SpeakerMention mention)
    {
        var words = mention.Name.Split(' ');
        // The nearest earlier full name that ends with this surname ("Peskov" → "Dmitry Peskov"), else a later one.
        var match = named.Where(n => n.Position <= mention.Span.Start && EndsWithName(n.Speaker.Name, mention.Name))
            .Select(n => n.Speaker).LastOrDefault()
            ?? named.Where(n => EndsWithName(n.Speaker.Name, mention.Name)).Select(n => n.Speaker).FirstOrDefault();
        if (match is not null && match.Name.Length >= mention.Name.Length)
        {
            return new ResolvedSpeaker(match.Name, mention.Role ?? match.Role, MentionKind.Person);
        }
        var known = words.Length > 1 ? named.Select(n => n.Speaker).LastOrDefault(s => s.Name == mention.Name && s.Role is not null) : null;
        return new ResolvedSpeaker(mention.Name, mention.Role ?? known?.Role, MentionKind.Person);
    }

    private static bool EndsWithName(string fullName, string name) =>
        fullName.Equals(name, StringComparison.Ordinal)
        || fullName.EndsWith(" " + name, StringComparison.Ordinal);

    private ResolvedSpeaker ResolveDescription(SpeakerMention mention)
    {
        // "the spokesman" is the latest named person whose role holds that word.
        var headWord = mention.Name.Split(' ')[^1];
        var holder = named.Where(n => n.Position <= mention.Span.Start && n.Speaker.Role is { } role
                && role.Contains(headWord, StringComparison.OrdinalIgnoreCase))
            .Select(n => n.Speaker).LastOrDefault();
        return holder ?? new ResolvedSpeaker(mention.Name, mention.Role, MentionKind.Description);
    }

    private ResolvedSpeaker? LastNamedBefore(int position) =>
        named.Where(n => n.Position < position).Select(n => n.Speaker).LastOrDefault();

}
