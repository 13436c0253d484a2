namespace NewsBot.Quotes;

/// <summary>A speaker after resolution: the fullest name the article gives, and the role it gives them.</summary>
internal sealed record ResolvedSpeaker(string Name, string? Role, MentionKind Kind);
