using System.Net.Http.Json;
using System.Text.Json;

namespace NewsBot.Testing;

/// <summary>Waits, as a deployment probe would, for a started service to finish indexing its seeds.</summary>
public static class ServiceReadiness
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Returns the ready /healthz document; throws when the service is not ready within a minute.</summary>
    public static async Task<JsonElement> WaitUntilReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var health = await client.GetFromJsonAsync<JsonElement>("/healthz");
            if (health.GetProperty("status").GetString() == "ready")
            {
                return health;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The service did not index its seed articles within {Patience.TotalSeconds} s.");
            }
            await Task.Delay(100);
        }
    }
}
