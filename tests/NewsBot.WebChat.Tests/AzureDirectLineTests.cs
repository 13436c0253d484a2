using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Hosting;
using NewsBot.WebChat.Hosting;

namespace NewsBot.WebChat.Tests;

/// <summary>
/// With WebChat:DirectLineUrl and WebChat:DirectLineSecret set, the page's token comes from that Direct Line (Azure
/// Bot Service's in production; here a stand-in that checks the secret the way Azure does).
/// </summary>
public sealed class AzureDirectLineTests
{
    private const string Secret = "direct-line-secret";

    [Fact]
    public async Task The_service_trades_the_secret_for_a_conversation_token_and_the_page_uses_that_direct_line()
    {
        await using var azure = await StandInDirectLine.StartAsync();
        await using var host = await NewsBotHost.StartAsync(new Dictionary<string, string?>
        {
            ["WebChat:DirectLineUrl"] = azure.Url,
            ["WebChat:DirectLineSecret"] = Secret,
        });

        using var response = await host.Http.PostAsync("/webchat/token", content: null);
        var connection = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(azure.Url, connection.GetProperty("directLineUrl").GetString());
        Assert.Equal("token-from-azure", connection.GetProperty("token").GetString());
        Assert.True(connection.GetProperty("webSocket").GetBoolean());
        Assert.DoesNotContain(Secret, connection.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_secret_gives_the_page_a_502_that_says_what_to_check()
    {
        await using var azure = await StandInDirectLine.StartAsync();
        await using var host = await NewsBotHost.StartAsync(new Dictionary<string, string?>
        {
            ["WebChat:DirectLineUrl"] = azure.Url,
            ["WebChat:DirectLineSecret"] = "not-the-secret",
        });

        using var response = await host.Http.PostAsync("/webchat/token", content: null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"The Direct Line at {azure.Url} refused a token (HTTP 403); check WebChat:DirectLineSecret.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public void A_direct_line_address_without_its_secret_is_refused_with_a_message()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["WebChat:DirectLineUrl"] = "https://directline.botframework.com/v3/directline" })
            .Build();
        using var services = new ServiceCollection().AddNewsBotWebChat(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WebChatSettings>>().Value);

        Assert.Contains("WebChat:DirectLineUrl needs WebChat:DirectLineSecret (the bot's Direct Line channel secret) to get the page its tokens.", error.Failures);
    }

    /// <summary>Answers POST /v3/directline/tokens/generate as Azure's Direct Line does, for the right secret only.</summary>
    private sealed class StandInDirectLine : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private StandInDirectLine(WebApplication app, string url)
        {
            _app = app;
            Url = url;
        }

        public string Url { get; }

        public static async Task<StandInDirectLine> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapPost("/v3/directline/tokens/generate", (HttpRequest request) =>
                request.Headers.Authorization == $"Bearer {Secret}"
                    ? Results.Json(new { conversationId = "conversation-from-azure", token = "token-from-azure", expires_in = 3600 })
                    : Results.StatusCode(StatusCodes.Status403Forbidden));
            await app.StartAsync();
            return new StandInDirectLine(app, app.Urls.Single().TrimEnd('/') + "/v3/directline");
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
