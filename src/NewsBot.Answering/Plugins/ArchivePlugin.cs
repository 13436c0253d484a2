using System.ComponentModel;
using System.Globalization;
using Microsoft.SemanticKernel;
using NewsBot.Answering.Citations;
using NewsBot.Answering.Quotes;
using NewsBot.Articles;
using NewsBot.Index;

namespace NewsBot.Answering.Plugins;

/// <summary>
/// The archive as kernel functions, for answer functions and for a model that calls tools. find_quotes is only
/// part of the plugin when a quote source is registered (see <see cref="AnsweringServiceCollectionExtensions"/>).
/// </summary>
public sealed class ArchivePlugin(NewsIndex index, CitationFinder citations, IQuoteSource? quotes = null)
{
    public const string Name = "Archive";
    public const string FindQuotesFunction = "find_quotes";

    [KernelFunction("search_passages"), Description("Finds archived news paragraphs matching words, best first, optionally between two dates (yyyy-MM-dd).")]
    public IReadOnlyList<PassageHit> SearchPassages(
        [Description("Words to search for")] string query,
        [Description("Earliest article date, yyyy-MM-dd")] string? from = null,
        [Description("Latest article date, yyyy-MM-dd")] string? to = null,
        [Description("How many paragraphs, 1 to 20")] int limit = 5) =>
        index.Search(new PassageQuery(query) { From = Date(from), To = Date(to), Limit = Math.Clamp(limit, 1, 20) });

    [KernelFunction("get_article"), Description("Reads one archived article in full by its id.")]
    public Article? GetArticle([Description("The article id")] string articleId) => index.GetArticle(articleId);

    [KernelFunction("lookup_citation"), Description("Checks whether words appear in the archive, and whether the given speaker said them: verbatim, differs, stitched, misattributed or not found.")]
    public CitationCheck LookupCitation(
        [Description("The words to check")] string text,
        [Description("Who is said to have said them")] string? speaker = null) => citations.Find(text, speaker);

    [KernelFunction(FindQuotesFunction), Description("Finds statements in the archive by speaker, topic words and statement dates.")]
    public IReadOnlyList<ArchiveQuote> FindQuotes(
        [Description("The speaker's name")] string? speaker = null,
        [Description("Topic words")] string? topic = null,
        [Description("Earliest statement date, yyyy-MM-dd")] string? from = null,
        [Description("Latest statement date, yyyy-MM-dd")] string? to = null) =>
        quotes?.Find(new QuoteSearch { Speaker = speaker, Topic = topic, From = Date(from), To = Date(to) })
        ?? throw new InvalidOperationException("No quote source is registered, so statements cannot be searched by speaker.");

    private static DateOnly? Date(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
