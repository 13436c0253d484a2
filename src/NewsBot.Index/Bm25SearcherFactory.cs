using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace NewsBot.Index;

/// <summary>Makes every searcher score with BM25, the same similarity the writer encodes norms for.</summary>
internal sealed class Bm25SearcherFactory(Similarity similarity) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
}
