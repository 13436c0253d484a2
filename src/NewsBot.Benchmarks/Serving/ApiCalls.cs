using System.Net.Http.Json;
using System.Text;
using NewsBot.Benchmarks.Queries;

namespace NewsBot.Benchmarks.Serving;

/// <summary>The three API requests of the benchmark, each read to its last byte as a client would.</summary>
internal sealed class ApiCalls(HttpClient client)
{
    public const string SearchEndpoint = "GET /api/search";
    public const string QuotesEndpoint = "GET /api/quotes";
    public const string AskEndpoint = "POST /api/ask";

    public static IReadOnlyList<string> Endpoints { get; } = [SearchEndpoint, QuotesEndpoint, AskEndpoint];

    /// <summary>True when the app answered 2xx.</summary>
    public async Task<bool> CallAsync(string endpoint, BenchmarkQuery query) =>
        (await SendAsync(endpoint, query).ConfigureAwait(false)).Ok;

    /// <summary>Like <see cref="CallAsync"/>, but a refused request stops the run with the app's own explanation.</summary>
    public async Task CallOrThrowAsync(string endpoint, BenchmarkQuery query)
    {
        var (ok, status, body) = await SendAsync(endpoint, query).ConfigureAwait(false);
        if (!ok)
        {
            throw new InvalidOperationException($"{endpoint} answered {status} to query {query.Number}: {body[..Math.Min(body.Length, 400)]}");
        }
    }

    private async Task<(bool Ok, int Status, string Body)> SendAsync(string endpoint, BenchmarkQuery query)
    {
        using var request = endpoint switch
        {
            SearchEndpoint => new HttpRequestMessage(HttpMethod.Get, $"api/search?q={Uri.EscapeDataString(query.Keywords)}"),
            QuotesEndpoint => new HttpRequestMessage(HttpMethod.Get, $"api/quotes?speaker={Uri.EscapeDataString(query.Speaker)}"),
            AskEndpoint => new HttpRequestMessage(HttpMethod.Post, "api/ask") { Content = JsonContent.Create(new { question = query.Question }) },
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not an endpoint the benchmark calls."),
        };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return response.IsSuccessStatusCode
            ? (true, (int)response.StatusCode, "")
            : (false, (int)response.StatusCode, Encoding.UTF8.GetString(body));
    }
}
