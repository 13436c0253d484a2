using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.WebChat.Tests;

/// <summary>
/// The whole service as `dotnet run --project src/NewsBot` starts it (seed article indexed into an empty index in a
/// temp folder), on Kestrel at a free loopback port rather than on TestServer: the bot sends its replies over HTTP
/// to the serviceUrl of the local Direct Line, which needs a real socket.
/// </summary>
public sealed class NewsBotHost : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempFolder _temp;
    private readonly WebApplicationFactory<Program> _factory;

    private NewsBotHost(TempFolder temp, WebApplicationFactory<Program> factory, Uri address)
    {
        _temp = temp;
        _factory = factory;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = Patience };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public static async Task<NewsBotHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var temp = new TempFolder();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Archive:IndexDirectory", temp.Sub("index"));
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                host.UseSetting(key, value);
            }
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var host = new NewsBotHost(temp, factory, new Uri(address));
        await ServiceReadiness.WaitUntilReadyAsync(host.Http);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
        _temp.Dispose();
    }
}
