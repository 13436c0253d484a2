namespace NewsBot.Answering.Service;

/// <summary>Answers questions from the archive, every claim cited, or says the archive does not have it.</summary>
public interface IAnswerService
{
    /// <param name="question">What the user asked.</param>
    /// <param name="asOf">The day relative dates ("yesterday", "on April 8") are resolved against; today when null.</param>
    /// <param name="conversationId">Ties follow-ups ("what else did he add?") to the previous question; null for none.</param>
    Task<AskResponse> AskAsync(string question, DateOnly? asOf = null, string? conversationId = null, CancellationToken cancellationToken = default);
}
