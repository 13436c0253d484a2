namespace NewsBot.Answering.Verification;

/// <summary>Why a claim was removed from an answer.</summary>
public enum ClaimProblem
{
    /// <summary>It cites nothing, so nothing vouches for it.</summary>
    Uncited,
    /// <summary>Every number it cites is not one of the retrieved sources (e.g. [9] of 3).</summary>
    CitesMissingSource,
    /// <summary>A quotation in it does not stand, word for word, in the sources it cites.</summary>
    Misquoted,
    /// <summary>Too few of its words are in the sources it cites.</summary>
    Unsupported,
}
