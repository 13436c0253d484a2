namespace NewsBot.Quotes;

/// <summary>Which evidence gave a statement its date.</summary>
public enum DateRule
{
    /// <summary>No date: the article has none and the sentence names none.</summary>
    Unknown,
    /// <summary>A calendar date in the sentence ("On April 8, 2021", "on April 13").</summary>
    ExplicitDate,
    /// <summary>A day relative to the article date ("on Wednesday", "yesterday", "last week").</summary>
    RelativeDate,
    /// <summary>Nothing in the sentence: the statement is taken to be from the publication day.</summary>
    ArticleDate,
}
