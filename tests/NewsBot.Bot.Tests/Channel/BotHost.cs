using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Feedback;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Ports;

namespace NewsBot.Bot.Tests.Channel;

/// <summary>
/// The bot as the app hosts it: a real ASP.NET Core app on a loopback port with AddNewsBotBot/MapNewsBotBot,
/// answering through test doubles of the two ports.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private BotHost(WebApplication app, Uri address, ScriptedAnswerer answerer, LogLines log)
    {
        _app = app;
        _http = new HttpClient { BaseAddress = address };
        Answerer = answerer;
        Log = log;
    }

    public ScriptedAnswerer Answerer { get; }

    public LogLines Log { get; }

    public IFeedbackStore Feedback => _app.Services.GetRequiredService<IFeedbackStore>();

    public static async Task<BotHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var log = new LogLines();
        builder.Logging.ClearProviders().AddProvider(log).SetMinimumLevel(LogLevel.Information);

        var answerer = new ScriptedAnswerer();
        builder.Services.AddNewsBotBot(builder.Configuration);
        builder.Services.AddSingleton<IQuestionAnswerer>(answerer);
        builder.Services.AddSingleton<IQuoteLookup, ListedQuotes>();

        var app = builder.Build();
        app.MapNewsBotBot();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new BotHost(app, new Uri(address), answerer, log);
    }

    /// <summary>Delivers an activity to /api/messages as a channel does, without a token (as the Emulator does).</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity) => _http.PostAsJsonAsync("/api/messages", activity);

    /// <summary>Delivers an activity with "Authorization: Bearer TOKEN", as the Bot Service does.</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string bearerToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerToken);
        return await _http.SendAsync(request);
    }

    /// <summary>Delivers a body exactly as given, for what no channel would send.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string body) =>
        _http.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>Every log line the bot writes, with its level, to check what reaches the log.</summary>
public sealed class LogLines : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _lines = new();

    public IReadOnlyList<(LogLevel Level, string Text)> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Writer(this);

    public void Dispose()
    {
    }

    private sealed class Writer(LogLines lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines._lines.Enqueue((logLevel, formatter(state, exception) + (exception is null ? "" : "\n" + exception)));
    }
}
