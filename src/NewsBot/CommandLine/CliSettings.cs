using NewsBot.Hosting;

namespace NewsBot.CommandLine;

/// <summary>
/// The command-line verbs read the same configuration as the service (appsettings.json beside the program,
/// then environment variables such as Archive__IndexDirectory), and --index overrides the folder.
/// </summary>
public static class CliSettings
{
    public static ArchiveSettings Load(string? indexDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var settings = configuration.GetSection(ArchiveSettings.SectionName).Get<ArchiveSettings>() ?? new ArchiveSettings();
        if (!string.IsNullOrWhiteSpace(indexDirectory))
        {
            settings.IndexDirectory = indexDirectory;
        }
        return settings;
    }
}
