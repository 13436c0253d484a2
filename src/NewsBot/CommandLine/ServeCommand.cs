using System.CommandLine;
using NewsBot.Hosting;

namespace NewsBot.CommandLine;

/// <summary>`serve` (the default verb): run the bot service.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on (default http://localhost:5000)", HelpName = "URL" };
        var index = CommonOptions.Index();
        var command = new Command("serve", "Run the bot service (the default when no verb is given)") { urls, index };
        // Extra tokens (--Archive:MaxFileMegabytes=128 and the like) are configuration for the web host.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => RunAsync(parse, urls, index, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, Option<string?> urls, Option<string?> index, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(parse.UnmatchedTokens.ToArray());
        if (parse.GetValue(index) is { } indexDirectory)
        {
            builder.Configuration[$"{ArchiveSettings.SectionName}:{nameof(ArchiveSettings.IndexDirectory)}"] = indexDirectory;
        }
        if (parse.GetValue(urls) is { } addresses)
        {
            builder.WebHost.UseUrls(addresses);
        }
        builder.AddNewsBotServices();
        var app = builder.Build();
        app.MapNewsBotApi();
        await app.RunAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
