using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsBot.Tests;

/// <summary>Bad and excessive requests get a JSON problem document that says what was wrong, never a bare status.</summary>
public sealed class ApiProtectionTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly WebApplicationFactory<Program> _factory;

    public ApiProtectionTests()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Archive:IndexDirectory", _temp.Sub("index"))
            .UseSetting("ApiLimits:RequestsPerMinute", "5")
            .UseSetting("ApiLimits:MaxRequestBodyKilobytes", "1"));
    }

    [Fact]
    public async Task Malformed_json_to_ask_is_refused_with_an_example_of_the_right_body()
    {
        var response = await _factory.CreateClient().PostAsync(
            new Uri("/api/ask", UriKind.Relative), new StringContent("{\"question\": ", Encoding.UTF8, "application/json"));

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("The body must be JSON like {\"question\": \"What did Peskov say about Washington?\"}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_before_it_is_read()
    {
        var question = new string('x', 2048);

        var response = await _factory.CreateClient().PostAsJsonAsync("/api/ask", new { question });

        var problem = await Problem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The request body is over the limit of 1 KB. Send less.", problem);
    }

    [Fact]
    public async Task A_client_over_its_rate_is_told_to_wait()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.GetAsync(new Uri("/api/search?q=Peskov", UriKind.Relative));
        }

        var response = await client.GetAsync(new Uri("/api/search?q=Peskov", UriKind.Relative));

        var problem = await Problem(response, HttpStatusCode.TooManyRequests);
        Assert.Equal("This client sent more than 5 requests in a minute. Wait a minute and try again.", problem);
        Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Malformed_json_to_the_bot_endpoint_is_refused_with_what_it_expects()
    {
        var response = await _factory.CreateClient().PostAsync(
            new Uri("/api/messages", UriKind.Relative), new StringContent("{\"type\": ", Encoding.UTF8, "application/json"));

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("The body is not a Bot Framework activity", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_gets_a_problem_that_points_to_the_api()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/api/nothing-here", UriKind.Relative));

        var problem = await Problem(response, HttpStatusCode.NotFound);
        Assert.StartsWith("There is nothing at /api/nothing-here.", problem, StringComparison.Ordinal);
    }

    private static async Task<string?> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _temp.Dispose();
    }
}
