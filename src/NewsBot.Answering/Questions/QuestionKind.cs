namespace NewsBot.Answering.Questions;

/// <summary>What a question asks for; it decides which sentences answer it and how the answer reads.</summary>
public enum QuestionKind
{
    /// <summary>Any other question about the news: answered by the sentences that state it.</summary>
    GeneralFact,
    /// <summary>"Who said the concern was groundless?": the speaker of a statement.</summary>
    WhoSaid,
    /// <summary>"What did Peskov say about Washington?": statements attributed to one speaker.</summary>
    WhatDidSay,
    /// <summary>"When did Biden call Putin?": the sentence that dates an event.</summary>
    When,
    /// <summary>Did "these words" appear in the archive, and did the given speaker say them?</summary>
    CitationLookup,
}
