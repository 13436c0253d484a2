using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsBot.Tests;

/// <summary>The service as `dotnet run --project src/NewsBot` starts it, on a fresh empty index.</summary>
public sealed class ServiceTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly WebApplicationFactory<Program> _factory;

    public ServiceTests()
    {
        _factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(host => host.UseSetting("Archive:IndexDirectory", _temp.Sub("index")));
    }

    [Fact]
    public async Task A_new_service_indexes_the_seeds_and_reports_ready()
    {
        var client = _factory.CreateClient();

        var health = await ServiceReadiness.WaitUntilReadyAsync(client);

        Assert.Equal(1, health.GetProperty("articles").GetInt32());
        Assert.True(health.GetProperty("passages").GetInt32() > 10);
    }

    [Fact]
    public async Task Search_over_http_returns_the_same_json_as_the_command_line()
    {
        var client = _factory.CreateClient();
        await ServiceReadiness.WaitUntilReadyAsync(client);

        var response = await client.GetFromJsonAsync<JsonElement>("/api/search?q=groundless&from=2021-04-01&limit=5");

        var first = response.GetProperty("results")[0];
        Assert.Equal("2021-04-14", first.GetProperty("date").GetString());
        Assert.Contains("groundless", first.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_over_http_name_the_speaker_and_the_day()
    {
        var client = _factory.CreateClient();
        await ServiceReadiness.WaitUntilReadyAsync(client);

        var response = await client.GetFromJsonAsync<JsonElement>("/api/quotes?speaker=Khomchak&from=2021-04-08");

        var quote = Assert.Single(response.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("kind").GetString() == "direct");
        Assert.Equal("Ruslan Khomchak", quote.GetProperty("speaker").GetString());
        Assert.Equal("2021-04-08", quote.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Ask_over_http_follows_up_within_a_conversation()
    {
        var client = _factory.CreateClient();
        await ServiceReadiness.WaitUntilReadyAsync(client);

        var first = await Ask(client, new { question = "What did Peskov say about Washington?", conversationId = "c1" });
        var followUp = await Ask(client, new { question = "What else did he add?", conversationId = "c1" });

        Assert.Equal(5, first.GetProperty("citations")[0].GetProperty("paragraph").GetInt32());
        Assert.Contains("groundless", followUp.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(followUp.GetProperty("citations").EnumerateArray(), c => c.GetProperty("paragraph").GetInt32() == 5);
    }

    [Fact]
    public async Task Ask_without_a_question_is_refused_with_an_example()
    {
        var client = _factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/ask", new { date = "2021-04-14" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("The question is missing", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_over_http_names_the_speaker_of_misattributed_words()
    {
        var client = _factory.CreateClient();
        await ServiceReadiness.WaitUntilReadyAsync(client);

        var check = await client.GetFromJsonAsync<JsonElement>("/api/find?text=provocative%20actions&speaker=Khomchak");

        Assert.Equal("misattributed", check.GetProperty("verdict").GetString());
        Assert.Equal("Dmitry Peskov", check.GetProperty("matches")[0].GetProperty("speaker").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_api_endpoint()
    {
        var document = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(new HashSet<string> { "/api/ask", "/api/search", "/api/quotes", "/api/find", "/api/messages", "/healthz" }, paths.ToHashSet());
        Assert.True(document.GetProperty("paths").GetProperty("/api/ask").GetProperty("post").TryGetProperty("requestBody", out _));
    }

    private static async Task<JsonElement> Ask(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/ask", body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData("/api/quotes?speaker=the", "The speaker has no searchable name")]
    [InlineData("/api/quotes?to=2021-99-01", "to must be a date written as YYYY-MM-DD")]
    [InlineData("/api/search", "The query parameter q is missing")]
    [InlineData("/api/search?q=Peskov&from=April", "from must be a date written as YYYY-MM-DD")]
    [InlineData("/api/search?q=Peskov&limit=0", "limit")]
    public async Task Bad_search_requests_get_a_problem_json_that_says_what_is_wrong(string url, string expected)
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _temp.Dispose();
    }
}
