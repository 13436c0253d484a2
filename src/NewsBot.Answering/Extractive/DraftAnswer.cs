using NewsBot.Answering.Retrieval;

namespace NewsBot.Answering.Extractive;

/// <summary>An answer as a function wrote it, with the numbered sources its [n] markers refer to; not yet verified.</summary>
public sealed record DraftAnswer(string Text, IReadOnlyList<AnswerSource> Sources);
