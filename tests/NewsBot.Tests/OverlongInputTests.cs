using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsBot.Tests;

/// <summary>
/// Texts over the 1,000-character limit (the bot's, so both ways in agree) are refused with a 400 that gives the
/// length and the limit, on every endpoint that takes text; a text at the limit is answered.
/// </summary>
public sealed class OverlongInputTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly WebApplicationFactory<Program> _factory;

    public OverlongInputTests()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("Archive:IndexDirectory", _temp.Sub("index")));
    }

    [Fact]
    public async Task An_overlong_question_to_ask_is_refused_with_its_length_and_the_limit()
    {
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/ask", new { question = Words(20_000) });

        Assert.Equal("The question is 20,000 characters long; at most 1,000 are taken. Shorten it to the words that matter.", await Problem(response));
    }

    [Theory]
    [InlineData("/api/search?q=", "q")]
    [InlineData("/api/quotes?about=", "about")]
    [InlineData("/api/quotes?speaker=", "speaker")]
    [InlineData("/api/find?text=", "text")]
    public async Task An_overlong_search_text_is_refused_with_its_length_and_the_limit(string url, string name)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(url + Uri.EscapeDataString(Words(6_000)), UriKind.Relative));

        Assert.Equal($"{name} is 6,000 characters long; at most 1,000 are taken. Shorten it to the words that matter.", await Problem(response));
    }

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/api/quotes?about=")]
    [InlineData("/api/find?text=")]
    public async Task A_search_text_of_exactly_the_limit_in_distinct_words_is_answered(string url)
    {
        var client = _factory.CreateClient();
        await ServiceReadiness.WaitUntilReadyAsync(client);

        var response = await client.GetAsync(new Uri(url + Uri.EscapeDataString(Words(1_000)), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_question_of_exactly_the_limit_in_distinct_words_is_answered()
    {
        var client = _factory.CreateClient();
        await ServiceReadiness.WaitUntilReadyAsync(client);

        var response = await client.PostAsJsonAsync("/api/ask", new { question = Words(1_000) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Distinct two-letter words ("aa ba ca ..."), as many as fit in <paramref name="length"/> characters: the most query clauses a text of that length can make.</summary>
    private static string Words(int length)
    {
        var words = string.Join(' ', Enumerable.Range(0, length).Select(i => $"{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}"));
        return words[..length];
    }

    private static async Task<string?> Problem(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _temp.Dispose();
    }
}

/// <summary>The command line takes texts up to the same limit as the API, and says so past it.</summary>
public sealed class OverlongCommandLineTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData("search", "QUERY")]
    [InlineData("ask", "QUESTION")]
    [InlineData("find", "TEXT")]
    public async Task An_overlong_text_is_a_usage_error_with_its_length_and_the_limit(string verb, string name)
    {
        var result = await Cli.RunAsync(verb, new string('w', 5_000), "--index", _temp.Sub("index"));

        Assert.Equal(NewsBot.CommandLine.ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"{name} is 5,000 characters long; at most 1,000 are taken. Shorten it to the words that matter.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlong_quotes_topic_is_a_usage_error_with_its_length_and_the_limit()
    {
        var result = await Cli.RunAsync("quotes", "--about", new string('w', 5_000), "--index", _temp.Sub("index"));

        Assert.Equal(NewsBot.CommandLine.ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--about is 5,000 characters long; at most 1,000 are taken.", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
