using System.IO.Compression;
using System.Text.Json;

namespace NewsBot.Tests;

/// <summary>The Teams app package the build produces beside the program, as an admin would upload it.</summary>
public sealed class TeamsAppPackageTests
{
    [Fact]
    public void The_build_produces_a_teams_package_with_the_bot_the_message_extension_and_both_icons()
    {
        using var package = ZipFile.OpenRead(PackagePath());

        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Entries.Select(e => e.FullName).Order());
        using var manifestStream = package.GetEntry("manifest.json")!.Open();
        var manifest = JsonDocument.Parse(manifestStream).RootElement;
        var botId = manifest.GetProperty("bots")[0].GetProperty("botId").GetString();
        Assert.True(Guid.TryParse(botId, out _), $"bot id '{botId}' should be the bot's app id");
        var command = manifest.GetProperty("composeExtensions")[0].GetProperty("commands")[0];
        Assert.Equal(("searchQuotes", "query", "searchQuery"),
            (command.GetProperty("id").GetString(), command.GetProperty("type").GetString(), command.GetProperty("parameters")[0].GetProperty("name").GetString()));
        Assert.Equal(192, PngWidth(package, "color.png"));
        Assert.Equal(32, PngWidth(package, "outline.png"));
    }

    /// <summary>src/NewsBot/bin/CONFIGURATION/net10.0/teams-app/NewsBot-teams.zip, found from this test's own output folder.</summary>
    private static string PackagePath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        for (var dir = output; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "NewsBot", "bin", configuration, framework, "teams-app", "NewsBot-teams.zip");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"No Teams package was built under src/NewsBot/bin/{configuration}/{framework}/teams-app.");
    }

    private static int PngWidth(ZipArchive package, string name)
    {
        using var png = package.GetEntry(name)!.Open();
        var header = new byte[24];
        png.ReadExactly(header);
        return (header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19];
    }
}
