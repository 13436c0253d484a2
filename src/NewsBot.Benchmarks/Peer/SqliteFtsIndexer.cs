using NewsBot.Benchmarks.Indexing;
using NewsBot.Ingestion;

namespace NewsBot.Benchmarks.Peer;

/// <summary>
/// Fills the SQLite FTS5 peer from the same files, read by the same reader into the same paragraphs as NewsBot's
/// index: one thread, one transaction per 50,000 articles (as NewsBot commits), write-ahead log.
/// </summary>
internal static class SqliteFtsIndexer
{
    private const int ArticlesPerTransaction = 50_000;

    public static IndexedCounts Run(string databaseFile, IEnumerable<string> files)
    {
        var reader = new ArticleFileReader(new IngestionOptions());
        using var connection = SqliteFts.Open(databaseFile);
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        Execute(connection, SqliteFts.CreateTable);
        long articles = 0, passages = 0, rejected = 0;
        var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = SqliteFts.Insert;
        var id = insert.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Text);
        var paragraph = insert.Parameters.Add("$paragraph", Microsoft.Data.Sqlite.SqliteType.Integer);
        var title = insert.Parameters.Add("$title", Microsoft.Data.Sqlite.SqliteType.Text);
        var text = insert.Parameters.Add("$text", Microsoft.Data.Sqlite.SqliteType.Text);
        insert.Prepare();
        foreach (var file in files)
        {
            foreach (var outcome in reader.ReadFile(file))
            {
                if (outcome is not ArticleRead read)
                {
                    rejected++;
                    continue;
                }
                insert.Transaction = transaction;
                foreach (var passage in read.Article.Paragraphs)
                {
                    id.Value = read.Article.Id;
                    paragraph.Value = passage.Number;
                    title.Value = read.Article.Title;
                    text.Value = passage.Text;
                    insert.ExecuteNonQuery();
                    passages++;
                }
                if (++articles % 10_000 == 0)
                {
                    Console.Error.WriteLine($"progress: {articles:N0} articles");
                }
                if (articles % ArticlesPerTransaction == 0)
                {
                    transaction.Commit();
                    transaction.Dispose();
                    transaction = connection.BeginTransaction();
                }
            }
        }
        transaction.Commit();
        transaction.Dispose();
        return new IndexedCounts(articles, passages, rejected);
    }

    private static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
