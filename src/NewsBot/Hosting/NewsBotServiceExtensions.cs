using Microsoft.Extensions.Options;
using NewsBot.Answering;
using NewsBot.Answering.Conversation;
using NewsBot.Answering.Quotes;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Ports;
using NewsBot.Chat;
using NewsBot.Contracts;
using NewsBot.Index;
using NewsBot.Indexing;
using NewsBot.Ingestion;
using NewsBot.Quotes;

namespace NewsBot.Hosting;

public static class NewsBotServiceExtensions
{
    /// <summary>
    /// The archive (index, ingestion, seed indexing), the answering layer over it, the bot that people chat with,
    /// and the JSON conventions of the HTTP API.
    /// </summary>
    public static IHostApplicationBuilder AddNewsBotServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiProtection();
        builder.Services.AddOptions<ArchiveSettings>()
            .BindConfiguration(ArchiveSettings.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services => OpenIndex(services.GetRequiredService<IOptions<ArchiveSettings>>().Value));
        builder.Services.AddSingleton(services => CreateReader(services.GetRequiredService<IOptions<ArchiveSettings>>().Value));
        builder.Services.AddSingleton<QuoteExtractor>();
        builder.Services.AddSingleton(services => new ArchiveIndexer(
            services.GetRequiredService<NewsIndex>(),
            services.GetRequiredService<ArticleFileReader>(),
            services.GetRequiredService<QuoteExtractor>(),
            services.GetRequiredService<IOptions<ArchiveSettings>>().Value.ArticlesPerCommit));
        builder.Services.AddSingleton<IndexReadiness>();
        builder.Services.AddHostedService<SeedIndexingService>();
        builder.Services.AddSingleton<IQuoteSource, IndexQuoteSource>();
        // Registered before the answering layer, which keeps only its own in-memory default when none is given.
        builder.Services.AddSingleton<IConversationMemory, StorageConversationMemory>();
        builder.Services.AddNewsBotAnswering(builder.Configuration);
        builder.Services.AddNewsBotBot(builder.Configuration);
        builder.Services.AddNewsBotWebChat(builder.Configuration);
        builder.Services.AddSingleton<IQuestionAnswerer, AnswerServiceForBot>();
        builder.Services.AddSingleton<IQuoteLookup, QuoteIndexForBot>();
        builder.Services.ConfigureHttpJsonOptions(json => JsonDefaults.Configure(json.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static NewsIndex OpenIndex(ArchiveSettings settings) =>
        NewsIndex.Open(settings.IndexDirectory, new NewsIndexOptions
        {
            RamBufferMegabytes = settings.RamBufferMegabytes,
            WriterThreads = settings.WriterThreads,
        });

    public static ArticleFileReader CreateReader(ArchiveSettings settings) =>
        new(new IngestionOptions { MaxFileBytes = settings.MaxFileMegabytes * 1024L * 1024L });
}
