using System.Text.RegularExpressions;
using NewsBot.Articles;

namespace NewsBot.Quotes;

/// <summary>
/// Finds every statement in an article: direct quotes and reported speech, with the speaker resolved to the
/// fullest name the article gives and the day the statement was made. Pure and thread-safe: one instance can
/// serve every article.
/// </summary>
public sealed class QuoteExtractor
{
    // A quote with fewer words and no cue is a scare quote ("the "provocations""), not something someone said.
    private const int MinimumWordsToContinueASpeaker = 6;
    // A continued quotation must follow the last quote within this many paragraphs.
    private const int MaximumParagraphsToContinue = 1;

    private readonly CueLexicon cues;
    private readonly DirectQuoteAttributor directQuotes;
    private readonly IndirectAttributionFinder indirectStatements;

    public QuoteExtractor()
        : this(CueLexicon.Default)
    {
    }

    internal QuoteExtractor(CueLexicon cues)
    {
        this.cues = cues;
        directQuotes = new DirectQuoteAttributor(cues);
        indirectStatements = new IndirectAttributionFinder(cues);
    }

    /// <summary>The statements of <paramref name="article"/> in reading order, each repeated statement once.</summary>
    public IReadOnlyList<Quote> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = new SentenceIndex(article);
        var passages = QuoteMarkScanner.Scan(article);
        var usedCues = new HashSet<int>();
        var found = new List<Attribution>();

        foreach (var passage in passages)
        {
            var attribution = directQuotes.Attribute(article, passage, sentences, passages);
            if (attribution is { } a)
            {
                if (!a.Partial)
                {
                    usedCues.Add(a.Cue.Start); // a partial quote leaves its cue to the reported speech around it
                }
                found.Add(new Attribution(a.Mention, a.Cue, QuoteKind.Direct,
                    passage.Content, passage.Text, passage.Paragraph, Math.Min(a.Mention.Span.Start, passage.OpenMark)));
                if (a.Statement is { } statement)
                {
                    var content = TrimStatement(article.Text, statement);
                    found.Add(new Attribution(a.Mention, a.Cue, QuoteKind.Indirect,
                        content, article.Text[content.Start..content.End], passage.Paragraph, Math.Min(a.Mention.Span.Start, statement.Start)));
                }
            }
            else if ((passage.WordCount >= MinimumWordsToContinueASpeaker || IsWholeSentence(article.Text, passage)) && OpensItsSentence(article.Text, passage, sentences)
                && !HasOwnCue(article.Text, passage, sentences, passages))
            {
                found.Add(new Attribution(null, default, QuoteKind.Direct, passage.Content, passage.Text, passage.Paragraph, passage.OpenMark));
            }
        }

        foreach (var (sentence, paragraph) in sentences.All)
        {
            foreach (var (mention, cue, content) in indirectStatements.Find(article.Text, sentence, sentences.TokensOf(sentence), passages, usedCues))
            {
                // A partial quote inside reported speech ("said it was "aware of ..."") belongs to the same speaker.
                foreach (var partial in passages.Where(p => p.Content.Start >= content.Start && p.Content.End <= content.End))
                {
                    if (!found.Any(f => f.Content == partial.Content))
                    {
                        found.Add(new Attribution(mention, new TextSpan(cue.Index, cue.Index + cue.Length), QuoteKind.Direct,
                            partial.Content, partial.Text, partial.Paragraph, mention.Span.Start));
                    }
                }
                found.Add(new Attribution(mention, new TextSpan(cue.Index, cue.Index + cue.Length), QuoteKind.Indirect,
                    content, article.Text[content.Start..content.End], paragraph, mention.Span.Start));
            }
        }

        return Resolve(article, sentences, found);
    }

    private static List<Quote> Resolve(Article article, SentenceIndex sentences, List<Attribution> found)
    {
        if (found.Count == 0)
        {
            return []; // no statement: the names the article gives are not needed
        }
        var speakers = ArticleSpeakers.Scan(article, sentences);
        var quotes = new List<Quote>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lastDirect = (Paragraph: int.MinValue, Quote: (Quote?)null);
        foreach (var attribution in found.OrderBy(a => a.Order).ThenBy(a => a.Kind))
        {
            Quote quote;
            if (attribution.Mention is null)
            {
                // A quotation with no cue of its own continues the quote just before it.
                if (lastDirect.Quote is null || attribution.Paragraph - lastDirect.Paragraph > MaximumParagraphsToContinue)
                {
                    continue;
                }
                quote = lastDirect.Quote with
                {
                    Text = attribution.Text,
                    Span = attribution.Content,
                    Paragraph = attribution.Paragraph,
                    SpeakerSpan = null,
                };
            }
            else
            {
                var speaker = speakers.Resolve(attribution.Mention);
                var (sentence, _) = sentences.At(attribution.Cue.Start);
                var anchorStart = Math.Min(attribution.Cue.Start, attribution.Mention.Span.Start);
                var anchorEnd = Math.Max(attribution.Cue.End, attribution.Mention.Span.End);
                var date = StatementDater.Resolve(article.Text, sentence, sentences.DatePhrasesOf(sentence), anchorStart, anchorEnd, article.Date);
                var opening = article.Paragraphs[attribution.Paragraph - 1].Sentences[0];
                if (date.Rule is DateRule.ArticleDate or DateRule.Unknown && opening != sentence)
                {
                    // "On April 13, Biden had a call. In particular, Biden expressed ...": the paragraph's opening date frames it.
                    var frame = StatementDater.Resolve(article.Text, opening, sentences.DatePhrasesOf(opening), opening.Start, opening.Start, article.Date, openingOnly: true);
                    if (frame.Rule is DateRule.ExplicitDate or DateRule.RelativeDate)
                    {
                        date = frame;
                    }
                }
                quote = new Quote(speaker.Name, SpeakerKey.Normalize(speaker.Name), speaker.Role, attribution.Kind,
                    article.Text[attribution.Cue.Start..attribution.Cue.End], attribution.Text, attribution.Content,
                    attribution.Paragraph, date.Date, date.Rule, attribution.Mention.Span, attribution.Cue);
            }
            if (quote.Kind == QuoteKind.Direct)
            {
                lastDirect = (quote.Paragraph, quote);
            }
            // "Cruz says that "..."" is both a quotation and the reported statement that holds it: one of each.
            if (seen.Add(quote.Kind + "|" + SpeakerKey.Normalize(quote.Text) + "|" + quote.NormalizedSpeaker))
            {
                quotes.Add(quote);
            }
        }
        return quotes;
    }

    private static TextSpan TrimStatement(string text, TextSpan span)
    {
        var end = span.End;
        while (end > span.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }
        return new TextSpan(span.Start, end);
    }

    /// <summary>
    /// '"...," Mr. Morgan of the club said.': a quote whose own sentence goes on to a cue has a speaker of its own, even
    /// one we cannot read, so it does not continue the quote before it.
    /// </summary>
    private bool HasOwnCue(string text, QuotedPassage passage, SentenceIndex sentences, IReadOnlyList<QuotedPassage> passages)
    {
        var (sentence, _) = sentences.At(passage.CloseMark);
        var end = Math.Max(passage.AfterClose, sentence.End);
        var next = passages.FirstOrDefault(p => p.OpenMark > passage.CloseMark);
        if (next is not null && next.OpenMark < end)
        {
            end = next.OpenMark;
        }
        return cues.Find(text, passage.AfterClose, end, quotesToo: true).Any(c => !cues.IsSourcesOnly(c.Value));
    }

    private static bool OpensItsSentence(string text, QuotedPassage passage, SentenceIndex sentences)
    {
        var (sentence, _) = sentences.At(passage.OpenMark);
        return string.IsNullOrWhiteSpace(text[sentence.Start..passage.OpenMark]);
    }

    // ""He was very charming."" after an attributed quote: a short quote that is a whole sentence is speech, not a scare quote.
    private static bool IsWholeSentence(string text, QuotedPassage passage) =>
        passage.Content.Length > 1 && char.IsUpper(text[passage.Content.Start]) && text[passage.Content.End - 1] is '.' or '!' or '?';
}
