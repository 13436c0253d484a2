using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsBot.Index;

/// <summary>Collects every matching document id, unscored, for reads that need all of an article's documents.</summary>
internal sealed class DocIdCollector : ICollector
{
    private int docBase;

    public List<int> DocIds { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

    public void Collect(int doc) => DocIds.Add(docBase + doc);
}
