namespace NewsBot.Answering.Questions;

/// <summary>A date expression found in a question: the words (so they are not searched for) and the days they mean.</summary>
public sealed record DateExpression(string Words, DateRange Range);
