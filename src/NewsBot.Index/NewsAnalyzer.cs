using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace NewsBot.Index;

/// <summary>
/// English analysis for passage text, titles and queries, so that "calls" finds "called" and "Kyiv" finds "Kýiv".
/// Lucene's EnglishAnalyzer does almost this but not accent folding, which news text with transliterated
/// names needs. Folding runs before stemming because the Porter stemmer only knows ASCII letters.
/// One instance is shared: analyzers keep per-thread reusable token streams, so they are thread-safe.
/// </summary>
public sealed class NewsAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new EnglishPossessiveFilter(Version, source);
        result = new LowerCaseFilter(Version, result);
        result = new StopFilter(Version, result, EnglishAnalyzer.DefaultStopSet);
        result = new ASCIIFoldingFilter(result);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
