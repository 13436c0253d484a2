using NewsBot.Bot.Storage;

namespace NewsBot.Bot.Feedback;

/// <summary>Recognises an ETag conflict from any of the stores NewsBot runs on.</summary>
internal static class StorageConflicts
{
    public static bool IsConflict(Exception error) =>
        error is ETagConflictException
        // The SDK's MemoryStorage throws a plain Exception for a conflict; its message is the only way to tell.
        || (error.GetType() == typeof(Exception) && error.Message.StartsWith("Etag conflict", StringComparison.Ordinal));
}
