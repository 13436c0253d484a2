using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.WebChat.DirectLine;
using NewsBot.WebChat.Hosting;
using NewsBot.WebChat.Page;

// In the program's hosting namespace, beside AddNewsBotServices and MapNewsBotApi, so that wiring the chat page in
// takes one call each and no using directive there.
namespace NewsBot.Hosting;

public static class NewsBotWebChatExtensions
{
    /// <summary>
    /// The chat page and the local Direct Line it talks to by default. Needs the bot registered
    /// (AddNewsBotBot): the local Direct Line delivers to that bot's adapter.
    /// </summary>
    /// <param name="configuration">Read for the "WebChat" section (<see cref="WebChatSettings"/>).</param>
    public static IServiceCollection AddNewsBotWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WebChatSettings>()
            .Bind(configuration.GetSection(WebChatSettings.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                settings => settings.UsesLocalDirectLine || (Uri.TryCreate(settings.DirectLineUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"),
                "WebChat:DirectLineUrl must be an absolute address such as https://directline.botframework.com/v3/directline.")
            .Validate(
                settings => settings.UsesLocalDirectLine || !string.IsNullOrWhiteSpace(settings.DirectLineSecret),
                "WebChat:DirectLineUrl needs WebChat:DirectLineSecret (the bot's Direct Line channel secret) to get the page its tokens.")
            .ValidateOnStart();
        services.AddHttpClient();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<ServiceAddress>();
        services.AddSingleton<BotDelivery>();
        services.AddSingleton<ConversationTokens>();
        return services;
    }

    /// <summary>
    /// GET / (the chat page and its files), POST /webchat/token, the local Direct Line 3.0 under /v3/directline,
    /// and the Bot Connector endpoints under /v3/conversations where the bot's replies to it arrive.
    /// </summary>
    public static IEndpointRouteBuilder MapNewsBotWebChat(this IEndpointRouteBuilder app)
    {
        app.MapChatPage();
        app.MapDirectLine();
        app.MapConnector();
        return app;
    }
}
