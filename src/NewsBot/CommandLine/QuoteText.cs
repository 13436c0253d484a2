using NewsBot.Articles;

namespace NewsBot.CommandLine;

/// <summary>How statements read in text output.</summary>
public static class QuoteText
{
    /// <summary>Direct quotes in quotation marks (their words are verbatim); reported speech as it stands.</summary>
    public static string Show(QuoteKind kind, string text) => kind == QuoteKind.Direct ? $"“{text}”" : text;

    public static string DescribeRule(DateRule rule) => rule switch
    {
        DateRule.ExplicitDate => "date given in the sentence",
        DateRule.RelativeDate => "day named relative to the article date",
        DateRule.ArticleDate => "article date",
        _ => "no date",
    };
}
