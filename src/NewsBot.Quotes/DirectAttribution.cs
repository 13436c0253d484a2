using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>Who a quotation belongs to and the cue that says so.</summary>
/// <param name="Partial">True when other words stand between cue and quote (<c>said it was "aware of ..."</c>):
/// the quote is then part of a reported statement rather than the whole of it.</param>
/// <param name="Statement">For a quote that follows its own unquoted start (<c>Sanders "has pole-vaulted ...," Sroka
/// said</c>), the whole statement, reported as well.</param>
internal sealed record DirectAttribution(SpeakerMention Mention, TextSpan Cue, bool Partial, TextSpan? Statement = null);
