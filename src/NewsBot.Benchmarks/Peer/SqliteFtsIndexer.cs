using NewsBot.Benchmarks.Indexing;

namespace NewsBot.Benchmarks.Peer;

/// <summary>
/// Fills the SQLite FTS5 peer from the same files, read by the same reader into the same paragraphs as NewsBot's
/// index (<see cref="ArticleFeed"/>): one thread, one transaction per 50,000 articles (as NewsBot commits),
/// write-ahead log.
/// </summary>
internal static class SqliteFtsIndexer
{
    public static IndexedCounts Run(string databaseFile, IEnumerable<string> files)
    {
        using var connection = SqliteFts.Open(databaseFile);
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        Execute(connection, SqliteFts.CreateTable);
        var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = SqliteFts.Insert;
        var id = insert.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Text);
        var paragraph = insert.Parameters.Add("$paragraph", Microsoft.Data.Sqlite.SqliteType.Integer);
        var title = insert.Parameters.Add("$title", Microsoft.Data.Sqlite.SqliteType.Text);
        var text = insert.Parameters.Add("$text", Microsoft.Data.Sqlite.SqliteType.Text);
        insert.Prepare();
        try
        {
            return ArticleFeed.Run(files, article =>
            {
                insert.Transaction = transaction;
                foreach (var passage in article.Paragraphs)
                {
                    id.Value = article.Id;
                    paragraph.Value = passage.Number;
                    title.Value = article.Title;
                    text.Value = passage.Text;
                    insert.ExecuteNonQuery();
                }
            }, () =>
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
            });
        }
        finally
        {
            transaction.Dispose();
        }
    }

    private static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
