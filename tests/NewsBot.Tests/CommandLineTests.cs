using System.Text.Json;
using NewsBot.CommandLine;

namespace NewsBot.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string IndexDir => _temp.Sub("index");

    [Fact]
    public async Task Indexing_the_seeds_adds_one_article_and_reindexing_changes_nothing()
    {
        var first = await Cli.RunAsync("index", Cli.SeedsFolder, "--index", IndexDir, "--json");
        var second = await Cli.RunAsync("index", Cli.SeedsFolder, "--index", IndexDir, "--json");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal((1, 0, 0, 0), Counts(first.Output));
        Assert.Equal((0, 0, 1, 0), Counts(second.Output));
        Assert.Equal(2, await SearchCount("Peskov groundless"));
    }

    [Fact]
    public async Task Search_json_gives_passages_whose_offsets_point_into_the_article()
    {
        await Cli.RunAsync("index", Cli.SeedFile, "--index", IndexDir);

        var result = await Cli.RunAsync("search", "groundless", "--index", IndexDir, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var hits = JsonDocument.Parse(result.Output).RootElement.GetProperty("results").EnumerateArray().ToList();
        var quote = hits.Single(h => h.GetProperty("text").GetString()!.StartsWith("\"We believe", StringComparison.Ordinal));
        var article = new Ingestion.ArticleFileReader(new Ingestion.IngestionOptions()).ReadFile(Cli.SeedFile)
            .OfType<Ingestion.ArticleRead>().Single().Article;
        var start = quote.GetProperty("start").GetInt32();
        var end = quote.GetProperty("end").GetInt32();
        Assert.Equal(quote.GetProperty("text").GetString(), article.Text[start..end]);
        Assert.Equal(3, quote.GetProperty("paragraph").GetInt32());
        Assert.Equal("2021-04-14", quote.GetProperty("date").GetString());
        Assert.Equal(article.Id, quote.GetProperty("articleId").GetString());
        Assert.Contains(quote.GetProperty("highlights").EnumerateArray(),
            h => article.Text[h.GetProperty("start").GetInt32()..h.GetProperty("end").GetInt32()] == "groundless");
    }

    [Fact]
    public async Task A_bad_file_is_rejected_by_name_while_the_rest_is_indexed_and_nothing_earlier_is_lost()
    {
        await Cli.RunAsync("index", Cli.SeedFile, "--index", IndexDir);
        var good = _temp.File("in/good.jsonl", """{"id":"a1","title":"Harbour reopens","date":"2020-05-01","text":"The harbour reopened on Friday, the mayor said."}""");
        var bad = _temp.File("in/broken.json", "[{\"id\": \"b1\", ");

        var result = await Cli.RunAsync("index", _temp.Sub("in"), "--index", IndexDir, "--json");

        Assert.Equal(ExitCodes.PartialFailure, result.ExitCode);
        Assert.Equal((1, 0, 0, 1), Counts(result.Output));
        Assert.Contains("broken.json", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, await SearchCount("harbour"));
        Assert.Equal(2, await SearchCount("groundless"));
        Assert.True(File.Exists(good));
        Assert.True(File.Exists(bad));
    }

    [Fact]
    public async Task A_missing_path_is_reported_and_fails_the_run()
    {
        var result = await Cli.RunAsync("index", _temp.Sub("nowhere"), "--index", IndexDir);

        Assert.Equal(ExitCodes.PartialFailure, result.ExitCode);
        Assert.Contains("nowhere", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_removes_an_article_and_reports_unknown_ids()
    {
        await Cli.RunAsync("index", Cli.SeedFile, "--index", IndexDir);
        var id = JsonDocument.Parse((await Cli.RunAsync("search", "Peskov", "--index", IndexDir, "--json")).Output)
            .RootElement.GetProperty("results")[0].GetProperty("articleId").GetString()!;

        var result = await Cli.RunAsync("delete", id, "no-such-article", "--index", IndexDir);

        Assert.Equal(ExitCodes.PartialFailure, result.ExitCode);
        Assert.Contains($"deleted: {id}", result.Output, StringComparison.Ordinal);
        Assert.Contains("not found: no-such-article", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await SearchCount("Peskov"));
    }

    [Fact]
    public async Task Date_filters_keep_only_articles_in_the_range()
    {
        await Cli.RunAsync("index", Cli.SeedFile, "--index", IndexDir);

        Assert.Equal(0, await SearchCount("Peskov", "--from", "2021-04-15"));
        Assert.Equal(0, await SearchCount("Peskov", "--to", "2021-04-13"));
        Assert.Equal(2, await SearchCount("Peskov", "--from", "2021-04-14", "--to", "2021-04-14"));
    }

    [Fact]
    public async Task A_date_not_in_iso_form_is_refused_with_an_example()
    {
        var result = await Cli.RunAsync("search", "Peskov", "--from", "14/04/2021", "--index", IndexDir);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--from must be a date written as YYYY-MM-DD (for example 2021-04-14); got '14/04/2021'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_without_searchable_words_is_refused()
    {
        var result = await Cli.RunAsync("search", "   ", "--index", IndexDir);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_verb_is_refused_instead_of_starting_the_service()
    {
        var result = await Cli.RunAsync("serch", "Peskov");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("'serch' is not a verb", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Human_search_output_names_title_date_paragraph_and_span()
    {
        await Cli.RunAsync("index", Cli.SeedFile, "--index", IndexDir);

        var result = await Cli.RunAsync("search", "Washington influence", "--index", IndexDir);

        Assert.Contains("(2021-04-14)", result.Output, StringComparison.Ordinal);
        Assert.Contains("¶5", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"Washington may perfectly use its influence on Kyiv", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_without_a_shared_store_says_how_to_keep_it()
    {
        var result = await Cli.RunAsync("feedback");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("Set BotStorage:Redis", result.Error, StringComparison.Ordinal);
    }

    private async Task<int> SearchCount(string query, params string[] extra)
    {
        var result = await Cli.RunAsync(["search", query, "--index", IndexDir, "--json", .. extra]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        return JsonDocument.Parse(result.Output).RootElement.GetProperty("results").GetArrayLength();
    }

    private static (int Added, int Updated, int Unchanged, int Rejected) Counts(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        return (root.GetProperty("added").GetInt32(), root.GetProperty("updated").GetInt32(),
            root.GetProperty("unchanged").GetInt32(), root.GetProperty("rejected").GetInt32());
    }

    public void Dispose() => _temp.Dispose();
}
