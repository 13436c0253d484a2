using NewsBot.Hosting;

namespace NewsBot.CommandLine;

/// <summary>
/// The command-line verbs read the same configuration as the service (appsettings.json beside the program, user
/// secrets, then environment variables such as Archive__IndexDirectory), and --index overrides the folder.
/// </summary>
public static class CliSettings
{
    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    public static ArchiveSettings Load(string? indexDirectory) => Load(Configuration(), indexDirectory);

    public static ArchiveSettings Load(IConfiguration configuration, string? indexDirectory)
    {
        var settings = configuration.GetSection(ArchiveSettings.SectionName).Get<ArchiveSettings>() ?? new ArchiveSettings();
        if (!string.IsNullOrWhiteSpace(indexDirectory))
        {
            settings.IndexDirectory = indexDirectory;
        }
        return settings;
    }
}
