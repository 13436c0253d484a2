using System.Text;
using Microsoft.Data.Sqlite;

namespace NewsBot.Benchmarks.Peer;

/// <summary>
/// The SQLite FTS5 peer's schema and queries: one row per paragraph with the article's title beside it, Porter
/// stemming with accents folded (as close to NewsBot's English analysis as FTS5 comes), BM25 ranking with the title
/// weighted half as much as the text, as NewsBot's passage search weighs them.
/// </summary>
internal static class SqliteFts
{
    public const string CreateTable = """
        CREATE VIRTUAL TABLE passages USING fts5(
            article_id UNINDEXED, paragraph UNINDEXED, title, text,
            tokenize = 'porter unicode61 remove_diacritics 2');
        INSERT INTO passages(passages, rank) VALUES('rank', 'bm25(0.0, 0.0, 0.5, 1.0)');
        """;

    public const string Insert = "INSERT INTO passages(article_id, paragraph, title, text) VALUES ($id, $paragraph, $title, $text)";

    /// <summary>Top 10 by BM25 with what a search result shows; `rank` is bm25() with the weights set at creation.</summary>
    public const string TopTen = "SELECT article_id, paragraph, text FROM passages WHERE passages MATCH $query ORDER BY rank LIMIT 10";

    public static SqliteConnection Open(string databaseFile, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// An FTS5 query in which any of the words may match, as in NewsBot's search: each word of
    /// <paramref name="text"/> (letters and digits) as a quoted string, joined by OR. Quoting makes every word a plain
    /// token, so nothing a user typed can be read as FTS5 syntax. Empty when the text has no words.
    /// </summary>
    public static string AnyWord(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = new StringBuilder();
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0)
            {
                query.Append(query.Length == 0 ? "\"" : " OR \"").Append(word).Append('"');
                word.Clear();
            }
        }
        return query.ToString();
    }
}
