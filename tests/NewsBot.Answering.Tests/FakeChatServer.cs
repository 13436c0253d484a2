using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Answering.Tests;

/// <summary>
/// A local OpenAI-compatible chat server on 127.0.0.1 and a free port: POST /v1/chat/completions answers with
/// <see cref="Reply"/> in the chat completion JSON format and keeps the request bodies it received.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeChatServer(WebApplication app)
    {
        this.app = app;
    }

    public string Reply { get; set; } = "NOT_FOUND";

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The base address to configure as AnswerModel:Endpoint.</summary>
    public string Endpoint => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";

    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatServer(app);
        app.MapPost("/v1/chat/completions", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            server.Requests.Enqueue(await reader.ReadToEndAsync());
            return Results.Text(Completion(server.Reply), "application/json");
        });
        await app.StartAsync();
        return server;
    }

    private static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
