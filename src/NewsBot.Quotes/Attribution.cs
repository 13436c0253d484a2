using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>A statement found in the text, before its speaker is resolved and its date is read.</summary>
/// <param name="Mention">The speaker as written; null when a quote continues the previous speaker's words.</param>
/// <param name="Cue">The cue's place in the text; empty for a continued quote.</param>
/// <param name="Order">Where the statement stands in reading order, which decides what "he" refers to.</param>
internal sealed record Attribution(
    SpeakerMention? Mention,
    TextSpan Cue,
    QuoteKind Kind,
    TextSpan Content,
    string Text,
    int Paragraph,
    int Order);
