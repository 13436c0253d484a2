using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>
/// Values indexed whole, as one term (ids and keys). Lucene refuses a term longer than 32,766 UTF-8 bytes; that is
/// checked before an upsert is accepted, because the documents are written later on a background thread, where the
/// refusal could no longer be the caller's error.
/// </summary>
internal static class ExactMatchTerms
{
    /// <summary>What is too long to index, or null when every whole-value term fits.</summary>
    public static string? TooLong(Article article, IReadOnlyList<Quote> quotes)
    {
        if (TooLong(article.Id, "The id", article.Id) is { } problem)
        {
            return problem;
        }
        foreach (var quote in quotes)
        {
            if (TooLong(quote.NormalizedSpeaker, "A statement's speaker", article.Id) is { } speaker)
            {
                return speaker;
            }
        }
        return null;
    }

    private static string? TooLong(string value, string what, string articleId)
    {
        // Three bytes per UTF-16 unit is the most UTF-8 needs, so short values (nearly all) are never counted.
        if (value.Length * 3 <= IndexWriter.MAX_TERM_LENGTH)
        {
            return null;
        }
        var bytes = Encoding.UTF8.GetByteCount(value);
        var shownId = articleId.Length <= 80 ? articleId : articleId[..80] + "…";
        return bytes <= IndexWriter.MAX_TERM_LENGTH
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{what} of article {shownId} is {bytes:N0} bytes long; the index takes at most {IndexWriter.MAX_TERM_LENGTH:N0}. Shorten it.");
    }
}
