using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using NewsBot.Answering.Citations;
using NewsBot.Answering.Conversation;
using NewsBot.Answering.Model;
using NewsBot.Answering.Plugins;
using NewsBot.Answering.Questions;
using NewsBot.Answering.Quotes;
using NewsBot.Answering.Service;
using NewsBot.Index;

namespace NewsBot.Answering;

public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAnswerService"/>, <see cref="CitationFinder"/> and the Semantic Kernel they compose
    /// with: the archive plugin, the extractive answer function and, when <c>AnswerModel:Provider</c> is set, the
    /// chat model. Needs a <see cref="NewsIndex"/> registered by the app. Register an <see cref="IQuoteSource"/>
    /// (before or after) to add find_quotes and quote-based attribution; replace <see cref="IDateExpressionResolver"/>
    /// or <see cref="IConversationMemory"/> by registering your own first.
    /// </summary>
    public static IServiceCollection AddNewsBotAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AnswerModelOptions>()
            .Bind(configuration.GetSection(AnswerModelOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnswerModelOptions>, AnswerModelOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDateExpressionResolver, RecognizerDateExpressionResolver>();
        services.TryAddSingleton<IConversationMemory, InMemoryConversationMemory>();
        services.TryAddSingleton<QuestionParser>();
        services.TryAddSingleton<AnswerPrompts>();
        services.TryAddSingleton(sp => new CitationFinder(sp.GetRequiredService<NewsIndex>(), sp.GetService<IQuoteSource>()));
        services.TryAddSingleton(sp => new ArchivePlugin(
            sp.GetRequiredService<NewsIndex>(), sp.GetRequiredService<CitationFinder>(), sp.GetService<IQuoteSource>()));
        services.TryAddSingleton<IAnswerService, AnswerService>();

        services.AddKernel();
        services.AddSingleton(sp => ArchiveKernelPlugin(sp.GetRequiredService<ArchivePlugin>(), sp.GetService<IQuoteSource>() is not null));
        services.AddSingleton(sp => KernelPluginFactory.CreateFromType<ExtractiveAnswerPlugin>(ExtractiveAnswerPlugin.Name, sp));

        // Which provider is configured decides whether a chat service exists at all; its settings are read from the
        // validated options when the service is first needed.
        var provider = configuration.GetSection(AnswerModelOptions.SectionName).GetValue<AnswerModelProvider?>(nameof(AnswerModelOptions.Provider));
        if (provider is { } configured && configured != AnswerModelProvider.None)
        {
            services.AddHttpClientForAnswerModel();
            services.AddSingleton<IChatCompletionService>(sp => ChatServiceFactory.Create(
                sp.GetRequiredService<IOptions<AnswerModelOptions>>().Value, sp.GetRequiredService<AnswerModelHttpClient>().Client));
        }
        return services;
    }

    /// <summary>
    /// The answering layer over an index the caller has opened (and disposes), composed as the service composes it:
    /// the index, the statements stored in it as the quote source, and <see cref="AddNewsBotAnswering(IServiceCollection, IConfiguration)"/>.
    /// </summary>
    public static IServiceCollection AddNewsBotAnswering(this IServiceCollection services, NewsIndex index, IConfiguration configuration) =>
        services
            .AddSingleton(index)
            .AddSingleton<IQuoteSource, IndexQuoteSource>()
            .AddNewsBotAnswering(configuration);

    private static void AddHttpClientForAnswerModel(this IServiceCollection services) =>
        services.TryAddSingleton<AnswerModelHttpClient>();

    /// <summary>The archive plugin, without find_quotes when no quote source can answer it.</summary>
    private static KernelPlugin ArchiveKernelPlugin(ArchivePlugin archive, bool hasQuoteSource)
    {
        var plugin = KernelPluginFactory.CreateFromObject(archive, ArchivePlugin.Name);
        return hasQuoteSource
            ? plugin
            : KernelPluginFactory.CreateFromFunctions(ArchivePlugin.Name, plugin.Where(f => f.Name != ArchivePlugin.FindQuotesFunction));
    }
}
