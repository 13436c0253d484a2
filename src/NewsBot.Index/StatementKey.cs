using System.Text;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>
/// Identifies a statement independently of where it was reported: the speaker's key and the words, lower-cased
/// with punctuation and spacing removed, so the same quote carried by two articles (one with curly quotes, one
/// with a different comma) is recognised as one statement.
/// </summary>
internal static class StatementKey
{
    public static string Of(Quote quote)
    {
        var words = new StringBuilder(quote.Text.Length);
        foreach (var c in quote.Text)
        {
            if (char.IsLetterOrDigit(c))
            {
                words.Append(char.ToLowerInvariant(c));
            }
        }
        return ArticleBuilder.Hash(quote.NormalizedSpeaker + "\u001F" + words)[..24];
    }
}
