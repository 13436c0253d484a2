using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Benchmarks.Indexing;

namespace NewsBot.Benchmarks.Peer;

/// <summary>
/// Fills the bare Lucene.Net index (<see cref="BareLucene"/>) from the same files, read by the same reader into the
/// same paragraphs as NewsBot's index (<see cref="ArticleFeed"/>): one thread reads and adds, one document and its
/// fields reused throughout, a commit every 50,000 articles as NewsBot commits.
/// </summary>
internal static class BareLuceneIndexer
{
    private const double RamBufferMegabytes = 256;

    public static IndexedCounts Run(string indexDirectory, IEnumerable<string> files)
    {
        using var analyzer = BareLucene.NewAnalyzer();
        using var directory = FSDirectory.Open(indexDirectory);
        var config = new IndexWriterConfig(BareLucene.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = RamBufferMegabytes,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        var id = new StringField(BareLucene.Id, "", Field.Store.YES);
        var paragraph = new StoredField(BareLucene.Paragraph, 0);
        var text = new TextField(BareLucene.Text, "", Field.Store.YES);
        var document = new Document { id, paragraph, text };
        return ArticleFeed.Run(files, article =>
        {
            id.SetStringValue(article.Id);
            foreach (var passage in article.Paragraphs)
            {
                paragraph.SetInt32Value(passage.Number);
                text.SetStringValue(passage.Text);
                writer.AddDocument(document);
            }
        }, writer.Commit);
    }
}
