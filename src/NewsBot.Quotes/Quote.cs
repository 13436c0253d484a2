using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>
/// One statement in an article: who said it, how it was reported, the words, and the day it was said.
/// </summary>
/// <param name="Speaker">The speaker as the article names them, resolved to the fullest name the article gives
/// ("Dmitry Peskov" for a later "Peskov" or "he added"); a description ("officials") when no name is given.</param>
/// <param name="NormalizedSpeaker">Lower-case, accent-folded key of <paramref name="Speaker"/> for search.</param>
/// <param name="Role">The speaker's role or title when the article gives one ("press secretary to Vladimir Putin").</param>
/// <param name="Cue">The reporting words as written ("told", "according to", "expressed his concern over").</param>
/// <param name="Text">The quoted or reported words. For a quote that runs over paragraphs, the paragraph break and
/// the re-opening quotation mark are folded into one space, so this can differ from the text under <paramref name="Span"/>.</param>
/// <param name="Span">Where the words are in <see cref="Article.Text"/>, without quotation marks.</param>
/// <param name="Paragraph">1-based number of the paragraph where the words start.</param>
/// <param name="Date">The day the statement was made, when known.</param>
/// <param name="SpeakerSpan">Where the speaker is mentioned for this statement (the pronoun for "he added"); null when
/// the speaker was carried over from an earlier quote.</param>
/// <param name="CueSpan">Where the cue is, for highlighting. A quotation that continues the previous quote without a
/// cue of its own ("...," he said. "...") carries that quote's cue.</param>
public sealed record Quote(
    string Speaker,
    string NormalizedSpeaker,
    string? Role,
    QuoteKind Kind,
    string Cue,
    string Text,
    TextSpan Span,
    int Paragraph,
    DateOnly? Date,
    DateRule DateRule,
    TextSpan? SpeakerSpan,
    TextSpan? CueSpan);
