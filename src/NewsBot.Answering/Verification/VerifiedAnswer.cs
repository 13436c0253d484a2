namespace NewsBot.Answering.Verification;

/// <summary>A claim that passed: its text (markers to missing sources removed) and the source numbers it cites.</summary>
public sealed record VerifiedClaim(string Text, IReadOnlyList<int> Sources, IReadOnlyList<string> Quotations);

/// <summary>A claim that failed, and why; logged and dropped, never shown as sourced.</summary>
public sealed record RemovedClaim(string Text, ClaimProblem Problem);

/// <summary>What survives verification. <see cref="IsEmpty"/> means nothing in the answer is sourced.</summary>
public sealed record VerifiedAnswer(IReadOnlyList<VerifiedClaim> Claims, IReadOnlyList<RemovedClaim> Removed)
{
    public bool IsEmpty => Claims.Count == 0;

    public string Text => string.Join(' ', Claims.Select(c => c.Text));
}
