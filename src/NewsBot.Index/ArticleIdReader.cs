using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsBot.Index;

/// <summary>
/// The article id of a passage, and the hash of its article's text, from the doc values written with it: reading
/// the id from the stored fields decompresses a block per hit, which was an eighth of an answer's time (an answer
/// reads the ids of 40 passages). Segments written before passages had these doc values fall back to the stored
/// id and have no text hash.
/// </summary>
internal static class ArticleIdReader
{
    public static (string Id, long? TextHash) Read(IndexReader reader, int document)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(document, reader.Leaves)];
        var local = document - leaf.DocBase;
        if (leaf.AtomicReader.GetSortedDocValues(PassageFields.ArticleId) is not { } ids || ids.GetOrd(local) < 0)
        {
            return (StoredPassageVisitor.ReadArticleId(reader, document), null);
        }
        var id = new BytesRef();
        ids.Get(local, id);
        var textHash = leaf.AtomicReader.GetNumericDocValues(PassageFields.TextHash)?.Get(local);
        return (id.Utf8ToString(), textHash is 0 ? null : textHash);
    }
}
