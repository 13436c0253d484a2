using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsBot.Index;

/// <summary>
/// The article id of a passage from the doc values written with it: reading it from the stored fields decompresses
/// a block per hit, which was an eighth of an answer's time (an answer reads the ids of 40 passages). Segments
/// written before passages had these doc values fall back to the stored field.
/// </summary>
internal static class ArticleIdReader
{
    public static string Read(IndexReader reader, int document)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(document, reader.Leaves)];
        var local = document - leaf.DocBase;
        if (leaf.AtomicReader.GetSortedDocValues(PassageFields.ArticleId) is { } ids && ids.GetOrd(local) >= 0)
        {
            var id = new BytesRef();
            ids.Get(local, id);
            return id.Utf8ToString();
        }
        return StoredPassageVisitor.ReadArticleId(reader, document);
    }
}
