namespace NewsBot.Index;

/// <summary>How much the index holds, as searches currently see it.</summary>
public sealed record IndexStatistics(int Articles, int Passages);
