using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>
/// Finds the words of a passage that made it match, as spans into the article text.
/// The classic Highlighter with a QueryScorer is used rather than the PostingsHighlighter: it re-analyses only
/// the few passages returned, so the index needs no stored offsets (smaller, faster to build), and QueryScorer
/// understands phrases, so "Russian troops" marks those words only where they stand together.
/// For queries made only of words, <see cref="TermSetHighlighter"/> marks the same words several times faster.
/// One instance per search: the formatter collects spans as the highlighter walks a passage.
/// </summary>
internal sealed class PassageHighlighter
{
    private readonly NewsAnalyzer analyzer;
    private readonly SpanCollectingFormatter formatter = new();
    private readonly TermSetHighlighter? wordsOnly;
    private readonly Highlighter? highlighter;

    public PassageHighlighter(NewsAnalyzer analyzer, Query query)
    {
        this.analyzer = analyzer;
        wordsOnly = TermSetHighlighter.For(analyzer, query);
        if (wordsOnly is null)
        {
            highlighter = new Highlighter(formatter, new QueryScorer(query, PassageFields.Text))
            {
                TextFragmenter = new NullFragmenter(), // the whole passage is one fragment: we want every match
                MaxDocCharsToAnalyze = int.MaxValue,
            };
        }
    }

    /// <summary>Spans of matched words in <paramref name="passageText"/>, shifted by <paramref name="passageStart"/>.</summary>
    public IReadOnlyList<TextSpan> Highlight(string passageText, int passageStart)
    {
        if (wordsOnly is not null)
        {
            return wordsOnly.Highlight(passageText, passageStart);
        }
        formatter.Begin(passageStart);
        using (var tokens = analyzer.GetTokenStream(PassageFields.Text, passageText))
        {
            highlighter!.GetBestFragment(tokens, passageText);
        }
        return formatter.Spans;
    }

    private sealed class SpanCollectingFormatter : IFormatter
    {
        private int offset;

        public List<TextSpan> Spans { get; private set; } = [];

        public void Begin(int passageStart)
        {
            offset = passageStart;
            Spans = [];
        }

        public string HighlightTerm(string originalText, TokenGroup tokenGroup)
        {
            if (tokenGroup.TotalScore > 0)
            {
                Spans.Add(new TextSpan(offset + tokenGroup.StartOffset, offset + tokenGroup.EndOffset));
            }
            return originalText;
        }
    }
}
