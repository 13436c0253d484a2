using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace NewsBot.Index;

/// <summary>
/// BM25 whose inverse document frequency and average field length count only the documents that have the field,
/// as Lucene itself does from version 6 on. Lucene 4.8 counts every document in the index, so the many quote
/// documents (which have no passage text) would skew every passage term's weight and length normalisation and
/// shift passage rankings whenever statements are added; with the field's own document count, passages rank the
/// same with or without statements beside them.
/// </summary>
internal sealed class FieldBm25Similarity : BM25Similarity
{
    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var documents = DocumentsWithField(collectionStats);
        var idf = Idf(termStats.DocFreq, documents);
        return new Explanation(idf, $"idf(docFreq={termStats.DocFreq}, docCount={documents})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var documents = DocumentsWithField(collectionStats);
        var explanation = new Explanation { Description = "idf(), sum of:" };
        var sum = 0f;
        foreach (var term in termStats)
        {
            var idf = Idf(term.DocFreq, documents);
            explanation.AddDetail(new Explanation(idf, $"idf(docFreq={term.DocFreq}, docCount={documents})"));
            sum += idf;
        }
        explanation.Value = sum;
        return explanation;
    }

    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var sumTotalTermFreq = collectionStats.SumTotalTermFreq;
        return sumTotalTermFreq <= 0 ? 1f : (float)(sumTotalTermFreq / (double)DocumentsWithField(collectionStats));
    }

    /// <summary>DocCount is -1 when a codec does not record it; then the whole index is all there is to go by.</summary>
    private static long DocumentsWithField(CollectionStatistics stats) => stats.DocCount == -1 ? stats.MaxDoc : stats.DocCount;
}
