using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsBot.Index;

/// <summary>
/// For each segment, the hashes of the article ids it holds, so that looking an article up skips the segments that
/// cannot hold it. Every upsert of an `index` run looks its article up (is it new, changed or unchanged?), and a
/// term lookup reads a block of the segment's term dictionary even when the id is absent: on the 100x corpus, whose
/// index ends with 27 segments, the lookups took 10 % of the run's CPU. A set is built once per segment, on its first
/// lookup, from the segment's id terms (about 20 bytes per article) and dropped with the segment. A hash found is
/// only a maybe (ids can collide, and a deleted article's id stays in its segment until a merge), which the caller
/// settles with the real lookup.
/// </summary>
internal sealed class ArticleIdSets
{
    private readonly ConditionalWeakTable<object, HashSet<int>> bySegment = [];

    /// <summary>The hash <see cref="MayHold"/> takes, computed once per lookup from the id's indexed bytes.</summary>
    public static int Hash(BytesRef id)
    {
        var hash = new HashCode();
        hash.AddBytes(id.Bytes.AsSpan(id.Offset, id.Length));
        return hash.ToHashCode();
    }

    /// <summary>False when the segment certainly holds no document of the article with this id hash.</summary>
    public bool MayHold(AtomicReader segment, int idHash) =>
        bySegment.GetValue(segment.CoreCacheKey, _ => Build(segment)).Contains(idHash);

    private static HashSet<int> Build(AtomicReader segment)
    {
        var hashes = new HashSet<int>();
        var terms = segment.GetTerms(PassageFields.ArticleId);
        if (terms is null)
        {
            return hashes;
        }
        var ids = terms.GetEnumerator();
        while (ids.MoveNext())
        {
            hashes.Add(Hash(ids.Term));
        }
        return hashes;
    }
}
