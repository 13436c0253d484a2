using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Benchmarks.Indexing;
using NewsBot.Ingestion;

namespace NewsBot.Benchmarks.Peer;

/// <summary>
/// Fills the bare Lucene.Net index (<see cref="BareLucene"/>) from the same files, read by the same reader into the
/// same paragraphs as NewsBot's index: one thread reads and adds, one document and its fields reused throughout, a
/// commit every 50,000 articles as NewsBot commits.
/// </summary>
internal static class BareLuceneIndexer
{
    private const int ArticlesPerCommit = 50_000;
    private const double RamBufferMegabytes = 256;

    public static IndexedCounts Run(string indexDirectory, IEnumerable<string> files)
    {
        var reader = new ArticleFileReader(new IngestionOptions());
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
        long articles = 0, passages = 0, rejected = 0;
        foreach (var file in files)
        {
            foreach (var outcome in reader.ReadFile(file))
            {
                if (outcome is not ArticleRead read)
                {
                    rejected++;
                    continue;
                }
                foreach (var passage in read.Article.Paragraphs)
                {
                    id.SetStringValue(read.Article.Id);
                    paragraph.SetInt32Value(passage.Number);
                    text.SetStringValue(passage.Text);
                    writer.AddDocument(document);
                    passages++;
                }
                if (++articles % 10_000 == 0)
                {
                    Console.Error.WriteLine($"progress: {articles:N0} articles");
                }
                if (articles % ArticlesPerCommit == 0)
                {
                    writer.Commit();
                }
            }
        }
        writer.Commit();
        return new IndexedCounts(articles, passages, rejected);
    }
}
