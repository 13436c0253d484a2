using NewsBot.Answering.Questions;

namespace NewsBot.Answering.Conversation;

/// <summary>What a follow-up may build on: the last question as resolved, and the passages its answer cited.</summary>
public sealed record ConversationTurn(ParsedQuestion Question, IReadOnlyList<CitedSpan> Cited);

/// <summary>A span an answer cited, so "what else?" can leave it out.</summary>
public sealed record CitedSpan(string ArticleId, int Start, int End);
