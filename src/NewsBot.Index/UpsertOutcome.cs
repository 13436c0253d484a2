namespace NewsBot.Index;

/// <summary>What <see cref="NewsIndex.Upsert"/> did with an article.</summary>
public enum UpsertOutcome
{
    /// <summary>The article was not in the index; its passages were added.</summary>
    Added,
    /// <summary>The article was in the index with different content; all its documents were replaced.</summary>
    Updated,
    /// <summary>The index already held exactly this content; nothing was written.</summary>
    Unchanged,
}
