using Microsoft.Extensions.Options;
using NewsBot.Hosting;
using NewsBot.Index;

namespace NewsBot.Indexing;

/// <summary>
/// Indexes the seed articles in the background when the service starts on an empty index, so a newcomer
/// gets answers at once. Runs in the background so the service is reachable (and /healthz says so) meanwhile.
/// </summary>
public sealed partial class SeedIndexingService(
    NewsIndex index,
    ArchiveIndexer indexer,
    IndexReadiness readiness,
    IOptions<ArchiveSettings> settings,
    ILogger<SeedIndexingService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            if (index.Statistics().Articles > 0)
            {
                return;
            }
            var seeds = settings.Value.SeedsDirectory;
            if (!Directory.Exists(seeds))
            {
                LogNoSeeds(logger, seeds);
                return;
            }
            var summary = indexer.Run([seeds], cancellationToken: stoppingToken);
            LogSeedsIndexed(logger, summary.Added, summary.Rejected, seeds);
            foreach (var problem in summary.Problems)
            {
                LogSeedProblem(logger, problem.ToString());
            }
        }
        catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException && stoppingToken.IsCancellationRequested)
        {
            // Shutting down (or failing to start) while seeding: what was committed stays; the next start finishes it.
        }
        finally
        {
            readiness.MarkReady();
        }
    }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Added} seed articles from {Folder} ({Rejected} rejected)")]
    private static partial void LogSeedsIndexed(ILogger logger, int added, int rejected, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index is empty and the seeds folder {Folder} does not exist")]
    private static partial void LogNoSeeds(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed file rejected: {Problem}")]
    private static partial void LogSeedProblem(ILogger logger, string problem);
}
