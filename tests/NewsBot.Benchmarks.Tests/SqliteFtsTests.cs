using Microsoft.Data.Sqlite;
using NewsBot.Benchmarks.Peer;

namespace NewsBot.Benchmarks.Tests;

public sealed class SqliteFtsTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Any_word_may_match_and_each_is_quoted_so_nothing_typed_is_fts5_syntax()
    {
        Assert.Equal("\"Peskov\" OR \"Washington\" OR \"NEAR\" OR \"x\"", SqliteFts.AnyWord("Peskov \"Washington\" NEAR(-x*)"));
    }

    [Fact]
    public void A_text_without_words_gives_an_empty_query()
    {
        Assert.Equal("", SqliteFts.AnyWord(" -- ** "));
    }

    [Fact]
    public void The_bundled_sqlite_has_fts5_and_ranks_stemmed_accent_folded_matches_in_text_above_title()
    {
        var database = Path.Combine(folder.Path, "peer.db");
        using var connection = SqliteFts.Open(database);
        Execute(connection, SqliteFts.CreateTable);
        Insert(connection, "in-title", 1, "Kýiv calls", "Nothing relevant is said here.");
        Insert(connection, "in-text", 1, "Other news", "The minister called Kyiv twice.");
        Insert(connection, "unrelated", 1, "Weather", "Rain is expected.");

        using var query = connection.CreateCommand();
        query.CommandText = SqliteFts.TopTen;
        query.Parameters.AddWithValue("$query", SqliteFts.AnyWord("Kyiv calls"));
        using var reader = query.ExecuteReader();
        var found = new List<string>();
        while (reader.Read())
        {
            found.Add(reader.GetString(0));
        }

        Assert.Equal(["in-text", "in-title"], found);
    }

    private static void Insert(SqliteConnection connection, string id, int paragraph, string title, string text)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = SqliteFts.Insert;
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$paragraph", paragraph);
        insert.Parameters.AddWithValue("$title", title);
        insert.Parameters.AddWithValue("$text", text);
        insert.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
