namespace NewsBot.Articles;

/// <summary>A half-open range [Start, End) of UTF-16 code units in an article's canonical text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
}
