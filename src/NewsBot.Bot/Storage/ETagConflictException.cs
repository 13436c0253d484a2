namespace NewsBot.Bot.Storage;

/// <summary>
/// A write carried an ETag that no longer matches the stored item: someone else (another turn, another
/// service instance) changed it since it was read. Read it again, apply the change, and write again.
/// </summary>
public sealed class ETagConflictException : InvalidOperationException
{
    public ETagConflictException()
    {
    }

    public ETagConflictException(string message)
        : base(message)
    {
    }

    public ETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ETagConflictException(string key, string expectedETag)
        : base($"The item '{key}' was changed by someone else since it was read (the write expected ETag '{expectedETag}'). Read it again and retry the write.")
    {
        Key = key;
    }

    public string? Key { get; }
}
