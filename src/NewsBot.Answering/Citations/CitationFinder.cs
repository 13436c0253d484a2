using NewsBot.Answering.Quotes;
using NewsBot.Answering.Retrieval;
using NewsBot.Answering.Text;
using NewsBot.Articles;
using NewsBot.Index;

namespace NewsBot.Answering.Citations;

/// <summary>
/// Answers an editor's "did we report this, and did they say it?" with one verdict, checked in this order:
/// verbatim (or misattributed, when a speaker is given and did not say them), stitched, differs, not found.
/// Matching is on folded text (see <see cref="FoldedText"/>); reported spans are exact offsets into Article.Text.
/// Without a quote source, "did they say it" means the speaker is named as the one saying it (see
/// <see cref="SpeakerAttribution"/>), or at least named in the same paragraph or the sentence before.
/// </summary>
public sealed class CitationFinder
{
    public const string NoWordsMessage = "Give the words to look up: the text has no words.";

    /// <summary>Articles read in full per look-up, best search matches first.</summary>
    private const int SearchedArticles = 10;

    private readonly NewsIndex index;
    private readonly SpeakerAttribution attribution;

    public CitationFinder(NewsIndex index, IQuoteSource? quotes = null)
    {
        this.index = index;
        attribution = new SpeakerAttribution(quotes);
    }

    public CitationCheck Find(string text, string? speaker = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var given = FoldedText.FoldString(text).Trim().Trim('"', ' ');
        var givenWords = Words.Of(given).Select(w => w.Lower).ToList();
        if (givenWords.Count == 0)
        {
            throw new ArgumentException(NoWordsMessage, nameof(text));
        }
        var articles = CandidateArticles(givenWords).Select(a => new ArticleWords(a)).ToList();

        var verbatim = articles.SelectMany(a => Occurrences(a, given)).ToList();
        if (verbatim.Count > 0)
        {
            var matches = verbatim.Select(m => m with { Speaker = SpeakerAt(m) }).ToList();
            var misattributed = speaker is not null && !matches.Any(m => SaidBy(m, speaker));
            return new CitationCheck(misattributed ? CitationVerdict.Misattributed : CitationVerdict.Verbatim, matches);
        }
        foreach (var article in articles)
        {
            if (StitchedFragments.Cover(article, givenWords) is { Count: >= 2 } fragments &&
                fragments.Select(f => article.SentenceAt(article.SpanOfWords(f.First, f.Last).Start)).Distinct().Count() >= 2)
            {
                return new CitationCheck(CitationVerdict.Stitched, fragments.Select(f => Match(article, f.First, f.Last, [])).ToList());
            }
        }
        var near = articles.Select(a => NearMatch.Best(a, givenWords)).OfType<NearMatch>().MaxBy(n => n.Similarity);
        if (near is not null)
        {
            var archive = Match(near.Article, near.FirstWord, near.LastWord, []);
            return new CitationCheck(
                CitationVerdict.Differs,
                [archive with { Speaker = SpeakerAt(archive), Differences = WordDifferences.Between(archive.Text, text.Trim().Trim('"', '“', '”', ' ')) }]);
        }
        return new CitationCheck(CitationVerdict.NotFound, []);
    }

    private List<Article> CandidateArticles(IReadOnlyList<string> words)
    {
        IReadOnlyList<PassageHit> hits;
        try
        {
            hits = index.Search(new PassageQuery(PlainQuery.Of(words)) { Limit = 50 });
        }
        catch (ArgumentException)
        {
            return []; // only common words: nothing to look for
        }
        return hits.Select(h => h.ArticleId).Distinct(StringComparer.Ordinal).Take(SearchedArticles)
            .Select(index.GetArticle).OfType<Article>().ToList();
    }

    private static IEnumerable<CitationMatch> Occurrences(ArticleWords article, string given)
    {
        for (var at = article.Folded.Folded.IndexOf(given, StringComparison.Ordinal);
             at >= 0;
             at = article.Folded.Folded.IndexOf(given, at + 1, StringComparison.Ordinal))
        {
            yield return Match(article, article.Folded.OriginalSpan(at, at + given.Length), []);
        }
    }

    private static CitationMatch Match(ArticleWords article, int firstWord, int lastWord, IReadOnlyList<TextDifference> differences) =>
        Match(article, article.SpanOfWords(firstWord, lastWord), differences);

    private static CitationMatch Match(ArticleWords article, TextSpan span, IReadOnlyList<TextDifference> differences)
    {
        var a = article.Article;
        return new CitationMatch(a.Id, a.Title, a.Date, article.ParagraphAt(span.Start).Number, span.Start, span.End,
            a.Text[span.Start..span.End], null, differences);
    }

    private string? SpeakerAt(CitationMatch match) =>
        index.GetArticle(match.ArticleId) is { } article ? attribution.SpeakerOf(article, new TextSpan(match.Start, match.End)) : null;

    private bool SaidBy(CitationMatch match, string speaker)
    {
        if (match.Speaker is { } found)
        {
            return SpeakerAttribution.SameSpeaker(found, speaker);
        }
        if (attribution.HasQuoteSource || index.GetArticle(match.ArticleId) is not { } article)
        {
            return false;
        }
        // No speaker could be told: accept the name in the same paragraph or in the sentence before.
        var surname = Stems.Of(speaker) is [.., var last] ? last : null;
        var paragraph = article.Paragraphs[match.Paragraph - 1];
        var sentences = article.Paragraphs.SelectMany(p => p.Sentences).ToList();
        var current = sentences.FindIndex(s => s.Start <= match.Start && match.Start < s.End);
        var before = current > 0 ? article.Text[sentences[current - 1].Start..sentences[current - 1].End] : "";
        return surname is not null && Stems.SetOf(paragraph.Text + " " + before).Contains(surname);
    }
}
