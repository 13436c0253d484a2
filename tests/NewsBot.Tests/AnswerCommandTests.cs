using System.Text.Json;
using NewsBot.CommandLine;

namespace NewsBot.Tests;

/// <summary>Questions and citation look-ups on the command line, over the indexed seed article.</summary>
public sealed class AnswerCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string IndexDir => _temp.Sub("index");

    [Fact]
    public async Task Ask_answers_with_a_verbatim_quote_and_a_citation_that_points_into_the_article()
    {
        await Cli.RunAsync("index", Cli.SeedFile, "--index", IndexDir);

        var result = await Cli.RunAsync("ask", "What did Peskov say about Washington?", "--index", IndexDir, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var root = JsonDocument.Parse(result.Output).RootElement;
        Assert.Contains("Washington may perfectly use its influence on Kyiv", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var citation = root.GetProperty("citations")[0];
        Assert.Equal((1, 5, "2021-04-14"), (citation.GetProperty("n").GetInt32(), citation.GetProperty("paragraph").GetInt32(), citation.GetProperty("date").GetString()));
        Assert.Contains("[1]", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_says_so_and_cites_nothing_when_the_archive_lacks_the_answer()
    {
        await Cli.RunAsync("index", Cli.SeedFile, "--index", IndexDir);

        var result = await Cli.RunAsync("ask", "What did Macron say about Brexit?", "--index", IndexDir, "--json");

        var root = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("I could not find that in the archive.", root.GetProperty("answer").GetString());
        Assert.Equal(0, root.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task Find_gives_one_verdict_with_every_place_the_words_stand()
    {
        await Cli.RunAsync("index", Cli.SeedFile, "--index", IndexDir);

        var verbatim = await Cli.RunAsync("find", "provocative actions", "--index", IndexDir, "--json");
        var missing = await Cli.RunAsync("find", "the moon is made of cheese", "--index", IndexDir, "--json");

        var root = JsonDocument.Parse(verbatim.Output).RootElement;
        Assert.Equal("verbatim", root.GetProperty("verdict").GetString());
        Assert.Equal(5, root.GetProperty("matches")[0].GetProperty("paragraph").GetInt32());
        Assert.Equal((ExitCodes.PartialFailure, "not-found"), (missing.ExitCode, JsonDocument.Parse(missing.Output).RootElement.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task Find_shows_the_words_that_differ_from_the_archive()
    {
        await Cli.RunAsync("index", Cli.SeedFile, "--index", IndexDir);

        var result = await Cli.RunAsync("find", "Washington may use its influence on Kyiv", "--index", IndexDir);

        Assert.Contains("verdict: differs", result.Output, StringComparison.Ordinal);
        Assert.Contains("archive has \"perfectly\"", result.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
