namespace NewsBot.Answering.Questions;

/// <summary>
/// What a question asks, as rules understood it: the kind, who it is about, the topic words, the days it
/// is about, and for citation look-ups the quoted words to check. Follow-ups are resolved into one of these.
/// </summary>
public sealed record ParsedQuestion
{
    public required string Text { get; init; }
    public required QuestionKind Kind { get; init; }
    /// <summary>The person whose statements are asked about ("Peskov" in "What did Peskov say?").</summary>
    public string? Speaker { get; init; }
    /// <summary>Other names the answer must be about ("Biden", "Putin" in "When did Biden call Putin?").</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];
    /// <summary>The remaining content words ("concern", "groundless").</summary>
    public IReadOnlyList<string> TopicWords { get; init; } = [];
    public DateRange? Dates { get; init; }
    /// <summary>For <see cref="QuestionKind.CitationLookup"/>: the words whose source is asked for.</summary>
    public string? QuotedText { get; init; }
    /// <summary>"What else ...": statements already given in this conversation are left out.</summary>
    public bool WantsMore { get; init; }
    /// <summary>True when part of the question came from the previous turn of the conversation.</summary>
    public bool IsFollowUp { get; init; }
}
