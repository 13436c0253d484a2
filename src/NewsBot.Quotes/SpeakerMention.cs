using NewsBot.Articles;

namespace NewsBot.Quotes;

internal enum MentionKind
{
    /// <summary>A person's name, full ("Dmitry Peskov") or partial ("Peskov").</summary>
    Person,
    /// <summary>A named organisation: "The New York Times", "the Armed Forces of Ukraine".</summary>
    Organisation,
    /// <summary>he, she, they, it, we, I.</summary>
    Pronoun,
    /// <summary>A role without a name: "the spokesman", "officials".</summary>
    Description,
}

/// <summary>A speaker as written at one place in the article, before it is resolved against earlier mentions.</summary>
internal sealed record SpeakerMention(TextSpan Span, string Name, string? Role, MentionKind Kind);
