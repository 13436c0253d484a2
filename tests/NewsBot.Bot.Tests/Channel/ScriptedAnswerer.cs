using System.Collections.Concurrent;
using NewsBot.Bot.Ports;

namespace NewsBot.Bot.Tests.Channel;

/// <summary>
/// A test double of the <see cref="IQuestionAnswerer"/> port (the answering layer is built elsewhere): it answers
/// every question with the cited answer it was given and records what it was asked.
/// </summary>
public sealed class ScriptedAnswerer : IQuestionAnswerer
{
    public static readonly BotAnswer TalksAnswer = new(
        "Peskov said the talks would resume in May [1]; the foreign ministry later named Geneva as the venue [2].",
        [
            new BotCitation(1, "wikinews-101", "Kremlin says talks to resume", new DateOnly(2007, 4, 12), "https://en.wikinews.org/wiki/Kremlin_says_talks_to_resume", 3, 410, 520,
                "Kremlin spokesman Dmitry Peskov said on Thursday that the talks would resume in May, after a pause of almost a year, and that both delegations had agreed on the agenda in principle."),
            new BotCitation(2, "wikinews-102", "Geneva to host [new] talks", new DateOnly(2007, 4, 20), "https://en.wikinews.org/wiki/Geneva_to_host_talks", 1, 0, 96,
                "The foreign ministry said the talks would be held in Geneva."),
        ],
        Found: true);

    private readonly ConcurrentQueue<AskedQuestion> _asked = new();

    public BotAnswer Answer { get; set; } = TalksAnswer;

    /// <summary>When set, answering fails with it, as a broken answering layer would.</summary>
    public Exception? Failure { get; set; }

    public IReadOnlyList<AskedQuestion> Asked => [.. _asked];

    public Task<BotAnswer> AnswerAsync(string question, string conversationKey, DateOnly? asOf, CancellationToken ct)
    {
        _asked.Enqueue(new AskedQuestion(question, conversationKey, asOf));
        return Failure is null ? Task.FromResult(Answer) : Task.FromException<BotAnswer>(Failure);
    }
}

public sealed record AskedQuestion(string Question, string ConversationKey, DateOnly? AsOf);
