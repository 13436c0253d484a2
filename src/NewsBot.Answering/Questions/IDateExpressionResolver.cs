namespace NewsBot.Answering.Questions;

/// <summary>
/// Finds the date expression in a question and resolves it against the day the question is asked "as of".
/// The default is <see cref="RecognizerDateExpressionResolver"/> (Microsoft.Recognizers.Text.DateTime); another can
/// replace it through dependency injection.
/// </summary>
public interface IDateExpressionResolver
{
    /// <summary>The first date expression in <paramref name="question"/>, or null when it names no date.</summary>
    DateExpression? Resolve(string question, DateOnly asOf);
}
