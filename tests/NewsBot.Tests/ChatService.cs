using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsBot.Bot.Tests.Channel;

namespace NewsBot.Tests;

/// <summary>
/// The whole service as the chat tests run it: its index in a temporary folder, its replies received by a loopback
/// channel, started and ready (its first ready /healthz in <see cref="Health"/>).
/// </summary>
public sealed class ChatService : IAsyncDisposable
{
    private readonly TempFolder temp;

    private ChatService(TempFolder temp, LoopbackChannel channel, WebApplicationFactory<Program> factory)
    {
        this.temp = temp;
        Channel = channel;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public LoopbackChannel Channel { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public JsonElement Health { get; private set; }

    /// <summary>Starts the service; <paramref name="configure"/> adds settings, given the temporary folder for files.</summary>
    public static async Task<ChatService> StartAsync(Action<IWebHostBuilder, TempFolder>? configure = null)
    {
        var temp = new TempFolder();
        var channel = await LoopbackChannel.StartAsync();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Archive:IndexDirectory", temp.Sub("index"));
            configure?.Invoke(host, temp);
        });
        var service = new ChatService(temp, channel, factory);
        service.Health = await ServiceReadiness.WaitUntilReadyAsync(service.Client);
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Channel.DisposeAsync();
        temp.Dispose();
    }
}
