namespace NewsBot.Quotes;

/// <summary>How a statement is reported.</summary>
public enum QuoteKind
{
    /// <summary>The speaker's own words, in quotation marks.</summary>
    Direct,
    /// <summary>Reported speech: "X said (that) ...", "according to X, ...".</summary>
    Indirect,
}
