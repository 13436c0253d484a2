namespace NewsBot.Answering.Questions;

/// <summary>An inclusive range of days a question is about.</summary>
public sealed record DateRange(DateOnly From, DateOnly To);
