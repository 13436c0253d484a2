using System.Text.Json;
using NewsBot.CommandLine;

namespace NewsBot.Tests;

/// <summary>Who said what, when, as an editor asks it on the command line, over the indexed seed article.</summary>
public sealed class QuoteCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string IndexDir => _temp.Sub("index");

    [Fact]
    public async Task Quotes_by_a_surname_give_every_statement_of_that_person_with_its_day()
    {
        await Cli.RunAsync("index", Cli.SeedFile, "--index", IndexDir);

        var quotes = await Quotes("--speaker", "Peskov");

        Assert.All(quotes, q => Assert.Equal("Dmitry Peskov", q.GetProperty("speaker").GetString()));
        var washington = quotes.Single(q => q.GetProperty("text").GetString()!.StartsWith("Washington may", StringComparison.Ordinal));
        Assert.Equal(("direct", "added", "2021-04-14"), (Str(washington, "kind"), Str(washington, "cue"), Str(washington, "date")));
        Assert.Equal(5, washington.GetProperty("paragraph").GetInt32());
        var groundless = quotes.Single(q => q.GetProperty("text").GetString()!.StartsWith("We believe", StringComparison.Ordinal));
        Assert.Equal(("told", "2021-04-14", "relativeDate"), (Str(groundless, "cue"), Str(groundless, "date"), Str(groundless, "dateRule")));
    }

    [Fact]
    public async Task A_quote_repeated_in_the_article_is_one_statement()
    {
        await Cli.RunAsync("index", Cli.SeedFile, "--index", IndexDir);

        var quotes = await Quotes("--about", "anyone's concern");

        Assert.Single(quotes, q => Str(q, "kind") == "direct" && Str(q, "speaker") == "Dmitry Peskov");
    }

    [Fact]
    public async Task Quotes_by_the_day_they_were_said_use_the_date_in_the_sentence()
    {
        await Cli.RunAsync("index", Cli.SeedFile, "--index", IndexDir);

        var quotes = await Quotes("--from", "2021-04-08", "--to", "2021-04-08");

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal(("Ruslan Khomchak", "explicitDate"), (Str(q, "speaker"), Str(q, "dateRule"))));
    }

    [Fact]
    public async Task Analyze_shows_what_a_file_yields_without_indexing_it()
    {
        var result = await Cli.RunAsync("analyze", Cli.SeedFile, "--index", IndexDir, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var article = JsonDocument.Parse(result.Output).RootElement.GetProperty("articles").EnumerateArray().Single();
        Assert.Equal("2021-04-14", Str(article, "date"));
        var added = article.GetProperty("quotes").EnumerateArray().Single(q => Str(q, "cue") == "added");
        Assert.Equal(("Dmitry Peskov", "he"), (Str(added, "speaker"), Str(added, "speakerMention")));
        Assert.Empty(await Quotes("--speaker", "Peskov"));
    }

    [Fact]
    public async Task Analyze_of_a_bad_file_says_what_is_wrong()
    {
        var bad = _temp.File("notes.json", "{ \"text\": ");

        var result = await Cli.RunAsync("analyze", bad);

        Assert.Equal(ExitCodes.PartialFailure, result.ExitCode);
        Assert.Contains("notes.json", result.Error, StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> Quotes(params string[] filters)
    {
        var result = await Cli.RunAsync(["quotes", "--index", IndexDir, "--json", "--limit", "50", .. filters]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        return JsonDocument.Parse(result.Output).RootElement.GetProperty("quotes").EnumerateArray().ToList();
    }

    private static string? Str(JsonElement element, string property) => element.GetProperty(property).GetString();

    public void Dispose() => _temp.Dispose();
}
