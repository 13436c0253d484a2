using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Adapter;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Feedback;
using NewsBot.Bot.MessageExtension;
using NewsBot.Bot.Storage;
using StackExchange.Redis;

namespace NewsBot.Bot.Hosting;

public static class NewsBotBotServiceExtensions
{
    /// <summary>
    /// The Bot Framework bot: adapter, authentication, conversation state, storage, feedback. The caller must also
    /// register the answering layer's <see cref="Ports.IQuestionAnswerer"/> and the quote index's
    /// <see cref="Ports.IQuoteLookup"/>.
    /// </summary>
    /// <param name="configuration">Read for the SDK's own settings (MicrosoftAppType, MicrosoftAppId,
    /// MicrosoftAppPassword, MicrosoftAppTenantId: none set means unauthenticated local traffic, as the Emulator
    /// sends) and for the "BotStorage" section.</param>
    public static IServiceCollection AddNewsBotBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotStorageSettings>()
            .Bind(configuration.GetSection(BotStorageSettings.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BotFrameworkAuthentication>(provider => new BadTokensAreUnauthorized(new ConfigurationBotFrameworkAuthentication(
            configuration,
            httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(),
            logger: provider.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddSingleton<NewsBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<NewsBotAdapter>());

        // Resolved only when BotStorage:Redis is set; the container owns (and disposes) the connection.
        services.AddSingleton<IConnectionMultiplexer>(provider =>
            ConnectionMultiplexer.Connect(provider.GetRequiredService<IOptions<BotStorageSettings>>().Value.Redis!));
        services.AddSingleton<IStorage>(CreateStorage);
        services.AddSingleton<ConversationState>();
        services.AddSingleton<IFeedbackStore, StorageFeedbackStore>();

        services.AddTransient<QuoteSearch>();
        services.AddTransient<IBot, NewsBotActivityHandler>();
        return services;
    }

    /// <summary>POST /api/messages, where Teams, Web Chat (through Direct Line) and the Emulator deliver activities.</summary>
    public static IEndpointRouteBuilder MapNewsBotBot(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", async (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
        {
            if (await ActivityAddressCheck.ProblemAsync(request, ct).ConfigureAwait(false) is { } problem)
            {
                await Results.Problem(detail: problem, statusCode: StatusCodes.Status400BadRequest, title: "The activity cannot be answered")
                    .ExecuteAsync(request.HttpContext).ConfigureAwait(false);
                return;
            }
            await adapter.ProcessAsync(request, response, bot, ct).ConfigureAwait(false);
        });
        return app;
    }

    private static IStorage CreateStorage(IServiceProvider provider)
    {
        var settings = provider.GetRequiredService<IOptions<BotStorageSettings>>().Value;
        if (!settings.UsesRedis)
        {
            return new MemoryStorage();
        }
        return new RedisStorage(provider.GetRequiredService<IConnectionMultiplexer>(), settings.KeyPrefix);
    }
}
