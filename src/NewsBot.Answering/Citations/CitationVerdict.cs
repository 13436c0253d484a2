using System.Text.Json.Serialization;

namespace NewsBot.Answering.Citations;

/// <summary>The one answer to "did we report this, and did they say it?".</summary>
public enum CitationVerdict
{
    /// <summary>The exact words are in the archive (and, when a speaker was given, said by that speaker).</summary>
    Verbatim,
    /// <summary>Nearly these words are in the archive; the differences are listed word by word.</summary>
    Differs,
    /// <summary>Every fragment is real, from one article, but the fragments never stand together as given.</summary>
    Stitched,
    /// <summary>The words are in the archive, but said by someone other than the given speaker, or by nobody.</summary>
    Misattributed,
    /// <summary>Nothing like these words is in the archive.</summary>
    [JsonStringEnumMemberName("not-found")]
    NotFound,
}
